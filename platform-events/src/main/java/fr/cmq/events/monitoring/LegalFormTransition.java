package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The data of {@code LegalFormChanged}: the new legal form, since when, and the previous one. */
@Schema(description = "Data of LegalFormChanged: the new legal form, the day it took effect, and the previous one "
        + "(null for the first one recorded)")
public record LegalFormTransition(
        @Schema(description = "The new legal form: ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT or NOT_PROVIDED",
                required = true) String legalForm,
        @Schema(description = "ACADEMIC_FCIP or OTHER, only for GIP", nullable = true) String gipKind,
        @Schema(description = "Day the new legal form took effect", required = true) LocalDate effectiveOn,
        @Schema(description = "The legal form before; null for the first one recorded", nullable = true)
        String previousLegalForm,
        @Schema(description = "The GIP kind before", nullable = true) String previousGipKind,
        @Schema(description = "The campus has a legal personality of its own") boolean hasLegalPersonality,
        @Schema(description = "The campus has a budget of its own") boolean hasOwnBudget) implements EventPayload {
}
