package fr.cmq.common.reference;

/**
 * Where a campus stands with its label, on a given day (labelling code list). It follows the calendar: a label
 * past its expiry reads EXPIRED without anyone writing; {@link fr.cmq.common.rules.LabelCalendar} computes it.
 */
public enum LabelStatus implements CodeList {
    /** An application is on file and no label has been granted yet. */
    @Label("Labellisation en cours") IN_PROGRESS,
    /** Labelled, more than one year before expiry. */
    @Label("Labellisé") LABELLED,
    /** Labelled, in the year before expiry: the renewal is due. */
    @Label("Renouvellement à prévoir") RENEWAL_DUE,
    /** The label's duration has passed (from the expiry date on). */
    @Label("Label échu") EXPIRED,
    /** The label was withdrawn before its expiry. */
    @Label("Label retiré") WITHDRAWN,
    /** The last decision refused the label and no label is current. */
    @Label("Labellisation refusée") REFUSED,
    /**
     * No application or decision is recorded in the platform yet, e.g. the campuses imported from Annexe 4,
     * which does not give their label dates.
     */
    @Label("Label non enregistré") NOT_RECORDED;

    /**
     * The stored fact this status comes from: a status read on any day (e.g. the one carried by an event) gives
     * back the basis from which {@link fr.cmq.common.rules.LabelCalendar} computes the status of another day.
     */
    public LabelBasis basis() {
        return switch (this) {
            case IN_PROGRESS -> LabelBasis.PENDING;
            case LABELLED, RENEWAL_DUE, EXPIRED, WITHDRAWN -> LabelBasis.GRANTED;
            case REFUSED -> LabelBasis.REFUSED;
            case NOT_RECORDED -> LabelBasis.NONE;
        };
    }

    /** The label is in force on that day: LABELLED or RENEWAL_DUE. */
    public boolean inForce() {
        return this == LABELLED || this == RENEWAL_DUE;
    }
}
