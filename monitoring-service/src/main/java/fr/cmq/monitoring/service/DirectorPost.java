package fr.cmq.monitoring.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The operational director post (recommendation 7). No person's name is asked nor stored: "
        + "a name never reaches an API answer, an event or an export")
public record DirectorPost(
        @Schema(description = "Whether the campus has an operational director post", required = true)
        @NotNull Boolean exists,
        @Schema(description = "Full-time equivalent of the post, from 0 to 5; required when the post exists, absent "
                + "otherwise", example = "1.0", minimum = "0", maximum = "5", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "5", message = "must not exceed 5 FTE")
        @Digits(integer = 1, fraction = 2, message = "at most 2 decimals") BigDecimal fte,
        @Schema(description = "Whether the post is vacant; only when the post exists", nullable = true)
        Boolean vacant,
        @Schema(description = "Whether a mission letter (lettre de mission) exists; only when the post exists",
                nullable = true)
        Boolean missionLetter) {
}
