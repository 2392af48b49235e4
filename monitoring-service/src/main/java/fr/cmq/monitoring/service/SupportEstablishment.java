package fr.cmq.monitoring.service;

import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.reference.SupportRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The campus's support establishment, kept separate from its legal form: an association or a "
        + "GIP can still have a support lycée")
public record SupportEstablishment(
        @Schema(description = "Name of the establishment", example = "Lycée Saint-Exupéry", required = true)
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "UAI code: 7 digits then 1 upper-case letter", example = "0310044A", nullable = true)
        @Pattern(regexp = "[0-9]{7}[A-Z]", message = "must be a UAI: 7 digits then 1 upper-case letter") String uai,
        @Schema(required = true) @NotNull SupportEstablishmentType type,
        @Schema(required = true) @NotNull SupportRole role) {
}
