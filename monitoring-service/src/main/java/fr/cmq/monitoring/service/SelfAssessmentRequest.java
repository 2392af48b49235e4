package fr.cmq.monitoring.service;

import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The body of PUT .../self-assessments/{year}: the campus's self-assessment of the year "
        + "(recommendation 15), a short structured report")
public record SelfAssessmentRequest(
        @Schema(description = "Strengths found, one per item", required = true)
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 1000) String> strengths,
        @Schema(description = "Weaknesses found, one per item", required = true)
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 1000) String> weaknesses,
        @Schema(description = "Actions decided, one per item", required = true)
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 1000) String> actionsDecided,
        @Schema(description = "Codes of the catalogue indicators the assessment relies on, each once",
                required = true, example = "[\"PRESSURE_RATE\", \"ACTION_PLAN_COMPLETION\"]")
        @NotNull @Size(min = 1, max = 30) List<@NotBlank String> indicatorCodes,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
