package fr.cmq.common.reference;

/** A first application or the renewal of a label (labelling code list). */
public enum ApplicationKind implements CodeList {
    INITIAL("Première labellisation"),
    RENEWAL("Renouvellement du label");

    private final String label;

    ApplicationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
