package fr.cmq.common.reference;

/** The parts of an application file that recommendations 1 to 4 of the report ask for (labelling code list). */
public enum ApplicationPart implements CodeList {
    /** Rec 1: an economic opportunity analysis, stating whether the DIRECCTE and employers took part. */
    OPPORTUNITY_ANALYSIS("Analyse économique préalable"),
    /** Rec 2: the partners' signed commitments. */
    PARTNER_COMMITMENTS("Engagements signés des partenaires"),
    /** Rec 3: the coherence of the training offer with the needs. */
    TRAINING_OFFER_COHERENCE("Cohérence de l'offre de formation"),
    /** Rec 4: the date the project was presented to the CREFOP. */
    CREFOP_PRESENTATION("Présentation en CREFOP"),
    /** Indicators with targets, used for self-assessment and at renewal. */
    INDICATORS("Indicateurs et cibles");

    private final String label;

    ApplicationPart(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
