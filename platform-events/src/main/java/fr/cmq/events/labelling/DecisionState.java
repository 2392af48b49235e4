package fr.cmq.events.labelling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The decision on an application: granted for a duration, or refused. */
@Schema(description = "The decision on an application: granted for a duration, or refused")
public record DecisionState(
        @Schema(description = "GRANTED or REFUSED", required = true) String outcome,
        @Schema(description = "Reference of the legal act (arrêté)") String legalActReference,
        @Schema(description = "Date of the legal act") LocalDate legalActDate,
        @Schema(description = "First day of the label, when granted", nullable = true) LocalDate startDate,
        @Schema(description = "Duration in years, when granted", nullable = true) Integer durationYears,
        @Schema(description = "startDate plus durationYears, when granted", nullable = true) LocalDate expiryDate) {
}
