package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A campus's annual self-assessment (recommendation 15): the data of {@code SelfAssessmentSubmitted}. */
@Schema(description = "Data of SelfAssessmentSubmitted: the campus's self-assessment of a year (recommendation 15, "
        + "[10]), as submitted or replaced. A renewal application can rest on it (labelling's SELF_ASSESSMENT part)")
public record SelfAssessmentState(
        @Schema(description = "The year assessed", required = true) int year,
        @Schema(description = "Strengths found", required = true) List<String> strengths,
        @Schema(description = "Weaknesses found", required = true) List<String> weaknesses,
        @Schema(description = "Actions decided", required = true) List<String> actionsDecided,
        @Schema(description = "Codes of the catalogue indicators the assessment relies on", required = true)
        List<String> indicatorCodes) implements EventPayload {
}
