package fr.cmq.common.reference;

/**
 * Where a campus stands with its label, on a given day (labelling code list). It follows the calendar: a label
 * past its expiry reads EXPIRED without anyone writing; {@link fr.cmq.common.rules.LabelCalendar} computes it.
 */
public enum LabelStatus implements CodeList {
    /** An application is on file and no label has been granted yet. */
    IN_PROGRESS("Labellisation en cours", LabelBasis.PENDING),
    /** Labelled, more than one year before expiry. */
    LABELLED("Labellisé", LabelBasis.GRANTED),
    /** Labelled, in the year before expiry: the renewal is due. */
    RENEWAL_DUE("Renouvellement à prévoir", LabelBasis.GRANTED),
    /** The label's duration has passed (from the expiry date on). */
    EXPIRED("Label échu", LabelBasis.GRANTED),
    /** The label was withdrawn before its expiry. */
    WITHDRAWN("Label retiré", LabelBasis.GRANTED),
    /** The last decision refused the label and no label is current. */
    REFUSED("Labellisation refusée", LabelBasis.REFUSED),
    /**
     * No application or decision is recorded in the platform yet, e.g. the campuses imported from Annexe 4,
     * which does not give their label dates.
     */
    NOT_RECORDED("Label non enregistré", LabelBasis.NONE);

    private final String label;
    private final LabelBasis basis;

    LabelStatus(String label, LabelBasis basis) {
        this.label = label;
        this.basis = basis;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The stored fact this status comes from: a status read on any day (e.g. the one carried by an event) gives
     * back the basis from which {@link fr.cmq.common.rules.LabelCalendar} computes the status of another day.
     */
    public LabelBasis basis() {
        return basis;
    }

    /** The label is in force on that day: LABELLED or RENEWAL_DUE. */
    public boolean inForce() {
        return this == LABELLED || this == RENEWAL_DUE;
    }
}
