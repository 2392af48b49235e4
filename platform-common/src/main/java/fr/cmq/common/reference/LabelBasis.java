package fr.cmq.common.reference;

/**
 * The stored fact behind a campus's label status (labelling code list); the calendar does the rest
 * ({@link fr.cmq.common.rules.LabelCalendar}).
 */
public enum LabelBasis implements CodeList {
    /** No application or decision recorded. */
    @Label("Aucune demande ni décision enregistrée") NONE,
    /** An application is on file, no label granted. */
    @Label("Demande de labellisation en cours") PENDING,
    /** A label was granted: its dates decide the status. */
    @Label("Label accordé") GRANTED,
    /** The last decision refused the label. */
    @Label("Label refusé") REFUSED
}
