package fr.cmq.labelling.domain;

/** Who gives the opinion: the two scenarios of recommendation 5. */
public enum IssuingBody {
    /** Scenario 1: the national expert group (with field experts). */
    NATIONAL_EXPERT_GROUP,
    /** Scenario 2: a regional tripartite commission (region, rectorat, prefecture). */
    REGIONAL_TRIPARTITE_COMMISSION
}
