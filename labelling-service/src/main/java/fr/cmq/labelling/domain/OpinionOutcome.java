package fr.cmq.labelling.domain;

/** The outcome the report recommends instead of stars (§ 76). */
public enum OpinionOutcome {
    FAVOURABLE, UNFAVOURABLE, FAVOURABLE_WITH_COMPLEMENTS
}
