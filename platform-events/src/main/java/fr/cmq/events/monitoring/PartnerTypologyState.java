package fr.cmq.events.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The typology of a campus's active partners (recommendation 6) and the report's warning flags. */
@Schema(description = "The typology of a campus's active partners (recommendation 6). Only active partners (no "
        + "left date) are counted")
public record PartnerTypologyState(
        @Schema(description = "Number of active partners") long totalActive,
        @Schema(description = "The public/private x initial/continuing matrix") Matrix matrix,
        @Schema(description = "Active partners whose training role is NONE (outside the matrix)")
        long withoutTrainingRole,
        @Schema(description = "Active partners per category code (categories with none are omitted)")
        Map<String, Long> byCategory,
        @Schema(description = "Active higher-education partners (UNIVERSITY, IUT, ENGINEERING_SCHOOL, "
                + "OTHER_HIGHER_EDUCATION)") long higherEducation,
        @Schema(description = "Active partners of category COMPANY of size SME") long smeCompanies,
        @Schema(description = "Active partners sitting in governance") long inGovernance,
        @Schema(description = "Active partners taking part in at least one working group") long inWorkingGroups,
        @Schema(description = "Active partners whose membership basis is SIGNED_COMMITMENT (recommendation 2)")
        long signedCommitments,
        @Schema(description = "signedCommitments / totalActive in percent, one decimal, by the platform's one "
                + "rounding rule (platform-common); null without active partners, and in events published before "
                + "the contract carried it (they carried a 0..1 fraction named signedCommitmentShare)",
                nullable = true) BigDecimal signedCommitmentPercent,
        @Schema(description = "The report's warning flags") Flags flags) {

    @Schema(name = "PartnerTypologyStateMatrix", description = "Active partners by sector and training role. A partner "
            + "whose role is BOTH counts in both cells of its sector; one with role NONE in none, so the cells can "
            + "add up to more or less than totalActive")
    public record Matrix(
            @Schema(description = "PUBLIC partners with role INITIAL or BOTH") long publicInitial,
            @Schema(description = "PUBLIC partners with role CONTINUING or BOTH") long publicContinuing,
            @Schema(description = "PRIVATE partners with role INITIAL or BOTH") long privateInitial,
            @Schema(description = "PRIVATE partners with role CONTINUING or BOTH") long privateContinuing) {
    }

    @Schema(name = "PartnerTypologyStateFlags", description = "The report's warning flags; true means the gap is "
            + "present. The flag codes are the field names")
    public record Flags(
            @Schema(description = "No active higher-education partner (§3.3)") boolean noHigherEducation,
            @Schema(description = "No active RESEARCH_LAB partner (§3.3)") boolean noResearchLab,
            @Schema(description = "No active GRETA partner (recommendation 11)") boolean noGreta,
            @Schema(description = "No active AFPA partner (recommendation 11)") boolean noAfpa,
            @Schema(description = "No active OPCA_OPCO partner (recommendation 11)") boolean noOpca,
            @Schema(description = "No active DIRECCTE_DREETS partner (recommendation 10)")
            boolean noDireccteCorrespondent,
            @Schema(description = "No active EPLE_LYCEE partner sits in governance (the decree's rule, [45]: « au "
                    + "moins un établissement public local d'enseignement du second cycle du second degré »)")
            boolean governanceWithoutEple,
            @Schema(description = "No active PUBLIC higher-education partner (UNIVERSITY, IUT, ENGINEERING_SCHOOL, "
                    + "OTHER_HIGHER_EDUCATION) sits in governance (the decree's rule, [45]: « un établissement public à "
                    + "caractère scientifique, culturel et professionnel »; a private school is no EPSCP). Events "
                    + "published before these two flags carried one governanceWithoutEpleAndEpscp, which readers ignore")
            boolean governanceWithoutEpscp) {

        /** The codes (field names) of the flags that are raised, in declaration order. */
        @JsonIgnore
        public List<String> raised() {
            List<String> raised = new ArrayList<>();
            for (RecordComponent flag : Flags.class.getRecordComponents()) {
                try {
                    if ((boolean) flag.getAccessor().invoke(this)) {
                        raised.add(flag.getName());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return raised;
        }
    }
}
