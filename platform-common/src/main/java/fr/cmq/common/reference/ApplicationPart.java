package fr.cmq.common.reference;

/**
 * The parts of an application file that recommendations 1 to 4 of the report ask for, the indicators with targets,
 * and the annual self-assessment a renewal rests on (recommendation 15, [10]) (labelling code list).
 */
public enum ApplicationPart implements CodeList {
    /** Rec 1: an economic opportunity analysis, stating whether the DIRECCTE and employers took part. */
    @Label("Analyse économique préalable") OPPORTUNITY_ANALYSIS,
    /** Rec 2: the partners' signed commitments. */
    @Label("Engagements signés des partenaires") PARTNER_COMMITMENTS,
    /** Rec 3: the coherence of the training offer with the needs. */
    @Label("Cohérence de l'offre de formation") TRAINING_OFFER_COHERENCE,
    /** Rec 4: the date the project was presented to the CREFOP. */
    @Label("Présentation en CREFOP") CREFOP_PRESENTATION,
    /** Indicators with targets, used for self-assessment and at renewal. */
    @Label("Indicateurs et cibles") INDICATORS,
    /**
     * Rec 15, [10], [196]: a renewal rests on the campus's self-assessment, submitted to the monitoring service for
     * the year of the application or the year before. Applies to renewals only.
     */
    @Label("Auto-évaluation annuelle du campus") SELF_ASSESSMENT
}
