package fr.cmq.monitoring.service;

import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "The body of PUT .../actions/{actionId}/score: the steering committee's score of the action")
public record ScoreRequest(
        @Schema(description = "Completion in percent as the steering committee scored it (Annexe 3: ¼, ½, ¾, 100 % "
                + "or beyond): 25, 50, 75, or a whole number from 100 to 200", required = true, example = "75")
        @NotNull Integer score,
        @Schema(description = "Date of the steering committee (COPIL); not before the plan's year, not in the future",
                required = true, example = "2017-12-12") @NotNull LocalDate committeeDate,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
