package fr.cmq.common.reference;

/**
 * The stored fact behind a campus's label status (labelling code list); the calendar does the rest
 * ({@link fr.cmq.common.rules.LabelCalendar}).
 */
public enum LabelBasis implements CodeList {
    /** No application or decision recorded. */
    NONE("Aucune demande ni décision enregistrée"),
    /** An application is on file, no label granted. */
    PENDING("Demande de labellisation en cours"),
    /** A label was granted: its dates decide the status. */
    GRANTED("Label accordé"),
    /** The last decision refused the label. */
    REFUSED("Label refusé");

    private final String label;

    LabelBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
