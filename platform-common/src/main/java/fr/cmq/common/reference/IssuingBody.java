package fr.cmq.common.reference;

/** Who gives the opinion: the two scenarios of recommendation 5 (labelling code list). */
public enum IssuingBody implements CodeList {
    /** Scenario 1: the national expert group (with field experts). */
    @Label("Groupe national d'experts") NATIONAL_EXPERT_GROUP,
    /** Scenario 2: a regional tripartite commission (region, rectorat, prefecture). */
    @Label("Instance tripartite rectorat / conseil régional / préfecture") REGIONAL_TRIPARTITE_COMMISSION
}
