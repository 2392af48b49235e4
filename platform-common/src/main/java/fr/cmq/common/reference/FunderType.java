package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who brings the money (or the in-kind resource), by kind of funder (funding code list). The Annexe 3 budget
 * indicator of the report groups these into four buckets: rectorat, region, company partners, other.
 */
@Schema(description = "Kind of funder. French labels: GET /api/v1/reference/funder-types. RECTORAT: the State"
        + " (Éducation nationale, rectorat); REGION: the conseil régional; SUPPORT_ESTABLISHMENT: the campus's"
        + " support establishment; COMPANY: a company; PROFESSIONAL_BRANCH: a professional branch (e.g. UIMM);"
        + " MEMBERSHIP_FEES: members' fees; OTHER_LOCAL_AUTHORITY: another local authority; OTHER_STATE: another"
        + " State funding (PIA, MLDS...); EU_FUNDS: European funds; OWN_RESOURCES: own resources (sale of"
        + " training...); OTHER: anything else.")
public enum FunderType implements CodeList {
    RECTORAT("Rectorat (État - Éducation nationale)", Annex3Bucket.RECTORAT),
    REGION("Conseil régional", Annex3Bucket.REGION),
    SUPPORT_ESTABLISHMENT("Établissement support", Annex3Bucket.OTHER),
    COMPANY("Entreprise", Annex3Bucket.COMPANY_PARTNERS),
    PROFESSIONAL_BRANCH("Branche professionnelle", Annex3Bucket.COMPANY_PARTNERS),
    MEMBERSHIP_FEES("Cotisations des membres", Annex3Bucket.OTHER),
    OTHER_LOCAL_AUTHORITY("Autre collectivité territoriale", Annex3Bucket.OTHER),
    OTHER_STATE("Autre financement de l'État (PIA, MLDS...)", Annex3Bucket.OTHER),
    EU_FUNDS("Fonds européens", Annex3Bucket.OTHER),
    OWN_RESOURCES("Ressources propres", Annex3Bucket.OTHER),
    OTHER("Autre", Annex3Bucket.OTHER);

    /** The four groups of the report's Annexe 3 budget indicator (% rectorat, % région, % entreprises, % autres). */
    @Schema(description = "Group of the report's Annexe 3 budget indicator")
    public enum Annex3Bucket implements CodeList {
        RECTORAT("Rectorat"),
        REGION("Région"),
        COMPANY_PARTNERS("Entreprises et branches professionnelles"),
        OTHER("Autres financeurs");

        private final String label;

        Annex3Bucket(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String label;
    private final Annex3Bucket annex3Bucket;

    FunderType(String label, Annex3Bucket annex3Bucket) {
        this.label = label;
        this.annex3Bucket = annex3Bucket;
    }

    @Override
    public String label() {
        return label;
    }

    public Annex3Bucket annex3Bucket() {
        return annex3Bucket;
    }
}
