package fr.cmq.common.reference;

/** A label decision grants or refuses the label applied for (labelling code list). */
public enum DecisionOutcome implements CodeList {
    @Label("Label accordé") GRANTED,
    @Label("Label refusé") REFUSED
}
