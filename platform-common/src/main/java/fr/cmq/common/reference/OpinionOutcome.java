package fr.cmq.common.reference;

/**
 * The outcome of an opinion that the report recommends instead of stars (§ 76: « un avis favorable ou défavorable
 * à la labellisation, avec une éventuelle demande de documents complémentaires »); labelling code list.
 */
public enum OpinionOutcome implements CodeList {
    FAVOURABLE("Avis favorable"),
    UNFAVOURABLE("Avis défavorable"),
    FAVOURABLE_WITH_COMPLEMENTS("Avis favorable avec demande de documents complémentaires");

    private final String label;

    OpinionOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
