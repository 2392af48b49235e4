package fr.cmq.monitoring.api;

import fr.cmq.common.rules.Percentages;
import fr.cmq.monitoring.domain.PartnerTypology;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@Schema(description = "The typology of a campus's active partners (recommendation 6), also carried by every "
        + "partner event. Only active partners (no left date) are counted")
public record PartnerSummary(
        UUID campusId,
        @Schema(description = "Number of active partners") long totalActive,
        PartnerTypology.Matrix matrix,
        @Schema(description = "Active partners whose training role is NONE (outside the matrix)")
        long withoutTrainingRole,
        @Schema(description = "Active partners per category code (categories with none are omitted), in the order "
                + "of /api/v1/reference/partner-categories", example = "{\"EPLE_LYCEE\": 1, \"COMPANY\": 1}")
        Map<String, Long> byCategory,
        @Schema(description = "Active higher-education partners (UNIVERSITY, IUT, ENGINEERING_SCHOOL, "
                + "OTHER_HIGHER_EDUCATION)") long higherEducation,
        @Schema(description = "Active partners of category COMPANY of size SME") long smeCompanies,
        @Schema(description = "Active partners sitting in governance") long inGovernance,
        @Schema(description = "Active partners taking part in at least one working group ([101]: each partner should "
                + "at least take part in one)") long inWorkingGroups,
        @Schema(description = "Active partners whose membership basis is SIGNED_COMMITMENT (recommendation 2)")
        long signedCommitments,
        @Schema(description = "signedCommitments / totalActive in percent (33.3 for 2 of 6); null without active "
                + "partners. " + Percentages.RULE, nullable = true, example = "33.3")
        BigDecimal signedCommitmentPercent,
        PartnerTypology.Flags flags) {

    public static PartnerSummary of(UUID campusId, PartnerTypology t) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        t.byCategory().forEach((category, count) -> byCategory.put(category.name(), count));
        return new PartnerSummary(campusId, t.totalActive(), t.matrix(), t.withoutTrainingRole(), byCategory,
                t.higherEducation(), t.smeCompanies(), t.inGovernance(), t.inWorkingGroups(), t.signedCommitments(),
                t.signedCommitmentPercent(), t.flags());
    }
}
