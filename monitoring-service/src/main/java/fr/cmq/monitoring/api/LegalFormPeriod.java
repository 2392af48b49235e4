package fr.cmq.monitoring.api;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.monitoring.domain.LegalFormHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "One legal form a campus has had, oldest first")
public record LegalFormPeriod(
        LegalForm legalForm,
        @Schema(nullable = true) GipKind gipKind,
        @Schema(description = "Date this legal form took effect") LocalDate effectiveFrom,
        @Schema(description = "Date the next legal form took effect; null for the current one", nullable = true)
        LocalDate effectiveTo,
        @Schema(description = "When the change was recorded (UTC)") Instant recordedAt,
        @Schema(description = "Who recorded it (token subject); shown to the national role only, null otherwise",
                nullable = true) String recordedBy) {

    public static LegalFormPeriod of(LegalFormHistory.Period p) {
        return new LegalFormPeriod(p.legalForm(), p.gipKind(), p.effectiveFrom(), p.effectiveTo(), p.recordedAt(),
                p.recordedBy());
    }
}
