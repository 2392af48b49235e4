package fr.cmq.labelling.domain;

/** A first application or the renewal of a label. */
public enum ApplicationKind {
    INITIAL, RENEWAL
}
