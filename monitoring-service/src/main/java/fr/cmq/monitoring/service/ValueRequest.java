package fr.cmq.monitoring.service;

import fr.cmq.common.reference.ValueSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The body of PUT .../indicators/{code}/values/{year}. A rate is given either by its value or "
        + "by its numerator and denominator (it is then computed, never typed twice); any other indicator by its value")
public record ValueRequest(
        @Schema(description = "The value in the indicator's unit; absent when a rate is given by its counts",
                nullable = true, example = "82.5") BigDecimal value,
        @Schema(description = "A rate's numerator (e.g. applicants), a whole number; with denominator",
                nullable = true, example = "45") Long numerator,
        @Schema(description = "A rate's denominator (e.g. places), a whole number above 0; with numerator",
                nullable = true, example = "30") Long denominator,
        @Schema(description = "Where the value comes from (ACTION_PLAN is computed only)", required = true)
        @NotNull ValueSource source,
        @Schema(description = "Which document or survey (title, edition); no person's name", nullable = true,
                example = "Enquête IVA 2017") @Size(max = 300) String sourceReference) {
}
