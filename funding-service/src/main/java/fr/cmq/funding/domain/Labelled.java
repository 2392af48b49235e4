package fr.cmq.funding.domain;

/** An enumeration of the funding domain: a stable UPPER_SNAKE code and its French label for display. */
public interface Labelled {

    String name();

    /** The French label served by {@code /api/v1/reference/...}; never used as a code. */
    String label();
}
