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
    EPLE_LYCEE("Lycée / établissement public local d'enseignement (EPLE)", Grouping.SECONDARY_SCHOOL),
    CFA("Centre de formation d'apprentis (CFA)", Grouping.APPRENTICESHIP),
    GRETA("GRETA", Grouping.CONTINUING_TRAINING),
    AFPA("AFPA", Grouping.CONTINUING_TRAINING),
    PRIVATE_TRAINING_BODY("Organisme de formation privé", Grouping.CONTINUING_TRAINING),
    OPCA_OPCO("OPCA / OPCO", Grouping.CONTINUING_TRAINING),
    UNIVERSITY("Université", Grouping.HIGHER_EDUCATION),
    IUT("Institut universitaire de technologie (IUT)", Grouping.HIGHER_EDUCATION),
    ENGINEERING_SCHOOL("École d'ingénieurs", Grouping.HIGHER_EDUCATION),
    OTHER_HIGHER_EDUCATION("Autre établissement d'enseignement supérieur", Grouping.HIGHER_EDUCATION),
    RESEARCH_LAB("Laboratoire de recherche", Grouping.RESEARCH),
    COMPANY("Entreprise (PME ou grand groupe)", Grouping.ECONOMIC),
    PROFESSIONAL_BRANCH("Branche ou organisation professionnelle", Grouping.ECONOMIC),
    CHAMBER("Chambre consulaire", Grouping.ECONOMIC),
    COMPETITIVENESS_CLUSTER("Pôle de compétitivité", Grouping.ECONOMIC),
    REGIONAL_COUNCIL("Conseil régional", Grouping.PUBLIC_AUTHORITY),
    OTHER_LOCAL_AUTHORITY("Autre collectivité territoriale", Grouping.PUBLIC_AUTHORITY),
    RECTORAT("Rectorat", Grouping.PUBLIC_AUTHORITY),
    DIRECCTE_DREETS("DIRECCTE / DREETS", Grouping.PUBLIC_AUTHORITY),
    PUBLIC_EMPLOYMENT_SERVICE("Service public de l'emploi", Grouping.PUBLIC_AUTHORITY),
    ASSOCIATION("Association", Grouping.OTHER),
    OTHER("Autre", Grouping.OTHER);

    /** Family of partner categories (the {@code grouping} of the reference list). */
    @Schema(description = "Family of partner categories")
    public enum Grouping implements CodeList {
        SECONDARY_SCHOOL("Enseignement secondaire"),
        APPRENTICESHIP("Apprentissage"),
        CONTINUING_TRAINING("Formation continue"),
        HIGHER_EDUCATION("Enseignement supérieur"),
        RESEARCH("Recherche"),
        ECONOMIC("Monde économique"),
        PUBLIC_AUTHORITY("Pouvoirs publics"),
        OTHER("Autres");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String label;
    private final Grouping grouping;

    PartnerCategory(String label, Grouping grouping) {
        this.label = label;
        this.grouping = grouping;
    }

    @Override
    public String label() {
        return label;
    }

    public Grouping grouping() {
        return grouping;
    }

    /** Higher-education establishments; for the decree's governance rule [45] they stand for the EPSCP side. */
    public boolean higherEducation() {
        return grouping == Grouping.HIGHER_EDUCATION;
    }
}
