package fr.cmq.labelling.domain;

/** A label decision grants or refuses the label applied for. */
public enum DecisionOutcome {
    GRANTED, REFUSED
}
