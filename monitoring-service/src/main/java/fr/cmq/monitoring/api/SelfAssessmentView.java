package fr.cmq.monitoring.api;

import fr.cmq.common.source.FactSource;
import fr.cmq.monitoring.domain.SelfAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "The campus's self-assessment of a year (recommendation 15)")
public record SelfAssessmentView(
        @Schema(description = "The campus") UUID campusId,
        @Schema(description = "The year assessed") int year,
        @Schema(description = "Strengths found") List<String> strengths,
        @Schema(description = "Weaknesses found") List<String> weaknesses,
        @Schema(description = "Actions decided") List<String> actionsDecided,
        @Schema(description = "Codes of the catalogue indicators it relies on") List<String> indicatorCodes,
        @Schema(description = "When it was last submitted") Instant submittedAt,
        @Schema(description = "Its version: the ETag (in quotes), for If-Match") long version,
        @Schema(description = "Where the self-assessment's facts come from (issue 13)") FactSource source) {

    static SelfAssessmentView of(SelfAssessment s) {
        return new SelfAssessmentView(s.campusId, s.year, List.copyOf(s.strengths), List.copyOf(s.weaknesses),
                List.copyOf(s.actionsDecided), List.copyOf(s.indicatorCodes), s.updatedAt(), s.version(),
                s.source);
    }
}
