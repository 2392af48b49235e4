package fr.cmq.common.reference;

/** Who gives the opinion: the two scenarios of recommendation 5 (labelling code list). */
public enum IssuingBody implements CodeList {
    /** Scenario 1: the national expert group (with field experts). */
    NATIONAL_EXPERT_GROUP("Groupe national d'experts"),
    /** Scenario 2: a regional tripartite commission (region, rectorat, prefecture). */
    REGIONAL_TRIPARTITE_COMMISSION("Instance tripartite rectorat / conseil régional / préfecture");

    private final String label;

    IssuingBody(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
