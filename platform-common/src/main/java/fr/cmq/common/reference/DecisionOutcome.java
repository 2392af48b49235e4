package fr.cmq.common.reference;

/** A label decision grants or refuses the label applied for (labelling code list). */
public enum DecisionOutcome implements CodeList {
    GRANTED("Label accordé"),
    REFUSED("Label refusé");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
