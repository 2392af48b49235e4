package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The categories of partner organisations (monitoring code list), in display order, with their French labels and
 * their grouping. Codes, labels, groupings and order are those of monitoring's reference rows (table
 * {@code partner_category}, migration V2), which remain as the target of the partners' foreign key.
 */
@Schema(description = "Category of a partner organisation; codes and French labels at "
        + "/api/v1/reference/partner-categories")
public enum PartnerCategory implements CodeList {
    @Label("Lycée / établissement public local d'enseignement (EPLE)") EPLE_LYCEE,
    @Label("Centre de formation d'apprentis (CFA)") CFA,
    @Label("GRETA") GRETA,
    @Label("AFPA") AFPA,
    @Label("Organisme de formation privé") PRIVATE_TRAINING_BODY,
    @Label("OPCA / OPCO") OPCA_OPCO,
    @Label("Université") UNIVERSITY,
    @Label("Institut universitaire de technologie (IUT)") IUT,
    @Label("École d'ingénieurs") ENGINEERING_SCHOOL,
    @Label("Autre établissement d'enseignement supérieur") OTHER_HIGHER_EDUCATION,
    @Label("Laboratoire de recherche") RESEARCH_LAB,
    @Label("Entreprise (PME ou grand groupe)") COMPANY,
    @Label("Branche ou organisation professionnelle") PROFESSIONAL_BRANCH,
    @Label("Chambre consulaire") CHAMBER,
    @Label("Pôle de compétitivité") COMPETITIVENESS_CLUSTER,
    @Label("Conseil régional") REGIONAL_COUNCIL,
    @Label("Autre collectivité territoriale") OTHER_LOCAL_AUTHORITY,
    @Label("Rectorat") RECTORAT,
    @Label("DIRECCTE / DREETS") DIRECCTE_DREETS,
    @Label("Service public de l'emploi") PUBLIC_EMPLOYMENT_SERVICE,
    @Label("Association") ASSOCIATION,
    @Label("Autre") OTHER;

    /** Family of partner categories (the {@code grouping} of the reference list). */
    @Schema(description = "Family of partner categories")
    public enum Grouping implements CodeList {
        @Label("Enseignement secondaire") SECONDARY_SCHOOL,
        @Label("Apprentissage") APPRENTICESHIP,
        @Label("Formation continue") CONTINUING_TRAINING,
        @Label("Enseignement supérieur") HIGHER_EDUCATION,
        @Label("Recherche") RESEARCH,
        @Label("Monde économique") ECONOMIC,
        @Label("Pouvoirs publics") PUBLIC_AUTHORITY,
        @Label("Autres") OTHER
    }

    /** The family of the category. */
    public Grouping grouping() {
        return switch (this) {
            case EPLE_LYCEE -> Grouping.SECONDARY_SCHOOL;
            case CFA -> Grouping.APPRENTICESHIP;
            case GRETA, AFPA, PRIVATE_TRAINING_BODY, OPCA_OPCO -> Grouping.CONTINUING_TRAINING;
            case UNIVERSITY, IUT, ENGINEERING_SCHOOL, OTHER_HIGHER_EDUCATION -> Grouping.HIGHER_EDUCATION;
            case RESEARCH_LAB -> Grouping.RESEARCH;
            case COMPANY, PROFESSIONAL_BRANCH, CHAMBER, COMPETITIVENESS_CLUSTER -> Grouping.ECONOMIC;
            case REGIONAL_COUNCIL, OTHER_LOCAL_AUTHORITY, RECTORAT, DIRECCTE_DREETS, PUBLIC_EMPLOYMENT_SERVICE ->
                    Grouping.PUBLIC_AUTHORITY;
            case ASSOCIATION, OTHER -> Grouping.OTHER;
        };
    }

    /** Higher-education establishments; for the decree's governance rule [45] they stand for the EPSCP side. */
    public boolean higherEducation() {
        return grouping() == Grouping.HIGHER_EDUCATION;
    }
}
