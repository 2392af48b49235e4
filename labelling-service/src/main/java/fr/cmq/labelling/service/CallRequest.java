package fr.cmq.labelling.service;

import fr.cmq.common.reference.ApplicationPart;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/calls}. */
public record CallRequest(
        @Schema(description = "Stable code, e.g. CALL_2027") @NotBlank @Pattern(regexp = "[A-Z0-9_]{3,40}") String code,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate callDate,
        @Size(max = 1000) String publication,
        @Valid @Size(max = 30) List<@NotNull @Valid Section> sections,
        @Schema(description = "Parts every application must hold before a decision (recommendations 1-4)")
        List<@NotNull ApplicationPart> requiredParts) {

    @Schema(name = "CallSectionRequest", description = "A section of the call: its number and title")
    public record Section(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 300) String label) {
    }
}
