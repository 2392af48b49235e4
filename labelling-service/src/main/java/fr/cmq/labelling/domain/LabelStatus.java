package fr.cmq.labelling.domain;

/**
 * Where a campus stands with its label, on a given day. It follows the calendar: a label past its
 * expiry reads EXPIRED without anyone writing.
 */
public enum LabelStatus {
    /** An application is on file and no label has been granted yet. */
    IN_PROGRESS,
    /** Labelled, more than one year before expiry. */
    LABELLED,
    /** Labelled, in the year before expiry: the renewal is due. */
    RENEWAL_DUE,
    /** The label's duration has passed (from the expiry date on). */
    EXPIRED,
    /** The label was withdrawn before its expiry. */
    WITHDRAWN,
    /** The last decision refused the label and no label is current. */
    REFUSED,
    /**
     * No application or decision is recorded in the platform yet, e.g. the campuses imported from
     * Annexe 4, which does not give their label dates.
     */
    NOT_RECORDED
}
