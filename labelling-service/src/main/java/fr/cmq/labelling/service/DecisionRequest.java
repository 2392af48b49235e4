package fr.cmq.labelling.service;

import fr.cmq.common.reference.DecisionOutcome;
import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/applications/{applicationId}/decision}. */
@Schema(description = "The decision on an application. A grant needs a start date and a duration of 1 to 5 years "
        + "(4 in the report; the order can set 2, 3 or 5 since 2019); the expiry is start + duration.")
public record DecisionRequest(
        @NotNull DecisionOutcome outcome,
        @Schema(description = "The legal act, e.g. 'Arrêté du 12 avril 2016 (JO n°0088 du 14 avril 2016)'")
        @NotBlank @Size(max = 1000) String legalActReference,
        @NotNull LocalDate legalActDate,
        LocalDate startDate,
        @Min(1) @Max(5) Integer durationYears,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
