package fr.cmq.monitoring.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The governance bodies the campus has (report [6], [100]-[103]) and whether higher education "
        + "sits in them (recommendation 13)")
public record Governance(
        @Schema(description = "A steering committee (comité de pilotage or comité stratégique) exists", required = true)
        @NotNull Boolean steeringCommittee,
        @Schema(description = "A management committee (comité de direction) exists", required = true)
        @NotNull Boolean managementCommittee,
        @Schema(description = "Themes of the working groups (groupes de travail, comités opérationnels); empty if "
                + "none", example = "[\"Formation continue\", \"Orientation\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> workingGroups,
        @Schema(description = "Higher education sits in the governance bodies", required = true)
        @NotNull Boolean higherEducationInGovernance) {
}
