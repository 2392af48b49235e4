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
    @Label("Rectorat (État - Éducation nationale)") RECTORAT,
    @Label("Conseil régional") REGION,
    @Label("Établissement support") SUPPORT_ESTABLISHMENT,
    @Label("Entreprise") COMPANY,
    @Label("Branche professionnelle") PROFESSIONAL_BRANCH,
    @Label("Cotisations des membres") MEMBERSHIP_FEES,
    @Label("Autre collectivité territoriale") OTHER_LOCAL_AUTHORITY,
    @Label("Autre financement de l'État (PIA, MLDS...)") OTHER_STATE,
    @Label("Fonds européens") EU_FUNDS,
    @Label("Ressources propres") OWN_RESOURCES,
    @Label("Autre") OTHER;

    /** The four groups of the report's Annexe 3 budget indicator (% rectorat, % région, % entreprises, % autres). */
    @Schema(description = "Group of the report's Annexe 3 budget indicator")
    public enum Annex3Bucket implements CodeList {
        @Label("Rectorat") RECTORAT,
        @Label("Région") REGION,
        @Label("Entreprises et branches professionnelles") COMPANY_PARTNERS,
        @Label("Autres financeurs") OTHER
    }

    /** The group of the Annexe 3 indicator this kind of funder counts in. */
    public Annex3Bucket annex3Bucket() {
        return switch (this) {
            case RECTORAT -> Annex3Bucket.RECTORAT;
            case REGION -> Annex3Bucket.REGION;
            case COMPANY, PROFESSIONAL_BRANCH -> Annex3Bucket.COMPANY_PARTNERS;
            case SUPPORT_ESTABLISHMENT, MEMBERSHIP_FEES, OTHER_LOCAL_AUTHORITY, OTHER_STATE, EU_FUNDS, OWN_RESOURCES,
                    OTHER -> Annex3Bucket.OTHER;
        };
    }
}
