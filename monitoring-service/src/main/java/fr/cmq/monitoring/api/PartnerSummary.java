package fr.cmq.monitoring.api;

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
        TypologyMatrix matrix,
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
        @Schema(description = "signedCommitments / totalActive, from 0 to 1 with 4 decimals; null without partners",
                nullable = true, example = "0.3333")
        BigDecimal signedCommitmentShare,
        Flags flags) {

    public static PartnerSummary of(UUID campusId, PartnerTypology t) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        t.byCategory().forEach((category, count) -> byCategory.put(category.name(), count));
        PartnerTypology.Matrix m = t.matrix();
        PartnerTypology.Flags f = t.flags();
        return new PartnerSummary(campusId, t.totalActive(),
                new TypologyMatrix(m.publicInitial(), m.publicContinuing(), m.privateInitial(), m.privateContinuing()),
                t.withoutTrainingRole(), byCategory, t.higherEducation(), t.smeCompanies(), t.inGovernance(),
                t.inWorkingGroups(), t.signedCommitments(), t.signedCommitmentShare(),
                new Flags(f.noHigherEducation(), f.noResearchLab(), f.noGreta(), f.noAfpa(), f.noOpca(),
                        f.noDireccteCorrespondent(), f.governanceWithoutEpleAndEpscp()));
    }

    @Schema(description = "The 2x2 matrix public/private x initial/continuing. Rule: a partner whose training role is "
            + "BOTH is counted in both the initial and the continuing cell of its sector; a partner with role NONE "
            + "is in no cell. The cells can therefore add up to more (BOTH) or less (NONE) than totalActive")
    public record TypologyMatrix(
            @Schema(description = "PUBLIC partners with role INITIAL or BOTH") long publicInitial,
            @Schema(description = "PUBLIC partners with role CONTINUING or BOTH") long publicContinuing,
            @Schema(description = "PRIVATE partners with role INITIAL or BOTH") long privateInitial,
            @Schema(description = "PRIVATE partners with role CONTINUING or BOTH") long privateContinuing) {
    }

    @Schema(description = "The report's warning flags; true means the gap is present")
    public record Flags(
            @Schema(description = "No active UNIVERSITY, IUT, ENGINEERING_SCHOOL or OTHER_HIGHER_EDUCATION partner "
                    + "(§3.3)") boolean noHigherEducation,
            @Schema(description = "No active RESEARCH_LAB partner (§3.3)") boolean noResearchLab,
            @Schema(description = "No active GRETA partner (recommendation 11)") boolean noGreta,
            @Schema(description = "No active AFPA partner (recommendation 11)") boolean noAfpa,
            @Schema(description = "No active OPCA_OPCO partner (recommendation 11)") boolean noOpca,
            @Schema(description = "No active DIRECCTE_DREETS partner, i.e. no DIRECCTE correspondent "
                    + "(recommendation 10)") boolean noDireccteCorrespondent,
            @Schema(description = "Governance lacks an EPLE or an EPSCP (the decree's rule, [45]): true unless an "
                    + "active EPLE_LYCEE partner and an active higher-education partner (UNIVERSITY, IUT, "
                    + "ENGINEERING_SCHOOL, OTHER_HIGHER_EDUCATION) both sit in governance")
            boolean governanceWithoutEpleAndEpscp) {
    }
}
