package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The categories of partner organisations; their French labels are reference data served at
 * {@code /api/v1/reference/partner-categories} (table partner_category, same codes).
 */
@Schema(description = "Category of a partner organisation; codes and French labels at "
        + "/api/v1/reference/partner-categories")
public enum PartnerCategory {
    EPLE_LYCEE, CFA, GRETA, AFPA, PRIVATE_TRAINING_BODY, OPCA_OPCO, UNIVERSITY, IUT, ENGINEERING_SCHOOL,
    OTHER_HIGHER_EDUCATION, RESEARCH_LAB, COMPANY, PROFESSIONAL_BRANCH, CHAMBER, COMPETITIVENESS_CLUSTER,
    REGIONAL_COUNCIL, OTHER_LOCAL_AUTHORITY, RECTORAT, DIRECCTE_DREETS, PUBLIC_EMPLOYMENT_SERVICE, ASSOCIATION, OTHER;

    /** Higher-education establishments; for the decree's governance rule [45] they stand for the EPSCP side. */
    public boolean higherEducation() {
        return this == UNIVERSITY || this == IUT || this == ENGINEERING_SCHOOL || this == OTHER_HIGHER_EDUCATION;
    }
}
