package fr.cmq.labelling.domain;

/** The stored fact behind a campus's label status (the calendar does the rest). */
public enum LabelBasis {
    NONE, PENDING, GRANTED, REFUSED
}
