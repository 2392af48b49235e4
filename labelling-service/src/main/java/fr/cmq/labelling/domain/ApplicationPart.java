package fr.cmq.labelling.domain;

/** The parts of an application file that recommendations 1 to 4 of the report ask for. */
public enum ApplicationPart {
    /** Rec 1: an economic opportunity analysis, stating whether the DIRECCTE and employers took part. */
    OPPORTUNITY_ANALYSIS,
    /** Rec 2: the partners' signed commitments. */
    PARTNER_COMMITMENTS,
    /** Rec 3: the coherence of the training offer with the needs. */
    TRAINING_OFFER_COHERENCE,
    /** Rec 4: the date the project was presented to the CREFOP. */
    CREFOP_PRESENTATION,
    /** Indicators with targets, used for self-assessment and at renewal. */
    INDICATORS
}
