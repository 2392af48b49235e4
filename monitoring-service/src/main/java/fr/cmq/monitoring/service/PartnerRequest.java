package fr.cmq.monitoring.service;

import fr.cmq.common.reference.CompanySize;
import fr.cmq.common.reference.MembershipBasis;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.reference.Sector;
import fr.cmq.common.reference.TrainingRole;
import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "The body of POST .../partners and PUT .../partners/{partnerId} (the whole partner)")
public record PartnerRequest(
        @Schema(description = "Name of the organisation", example = "Airbus", required = true)
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "SIRET: 14 digits passing the Luhn check (La Poste: digit sum multiple of 5). Two active "
                + "partners of one campus cannot share it", nullable = true, example = "38347481400100")
        String siret,
        @Schema(description = "UAI of a school or university: 7 digits then 1 upper-case letter. Two active partners "
                + "of one campus cannot share it", nullable = true, example = "0310044A")
        @Pattern(regexp = "[0-9]{7}[A-Z]", message = "must be a UAI: 7 digits then 1 upper-case letter") String uai,
        @Schema(required = true) @NotNull PartnerCategory category,
        @Schema(description = "Required when category is COMPANY, absent otherwise", nullable = true)
        CompanySize companySize,
        @Schema(required = true) @NotNull Sector sector,
        @Schema(required = true) @NotNull TrainingRole trainingRole,
        @Schema(required = true) @NotNull MembershipBasis membershipBasis,
        @Schema(description = "The partner sits in a governance body of the campus", required = true)
        @NotNull Boolean inGovernance,
        @Schema(description = "Themes of the working groups the partner takes part in")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> workingGroups,
        @Schema(description = "Date the partner joined the campus", nullable = true, example = "2015-03-01")
        LocalDate joinedOn,
        @Schema(description = "Date the partner left; not before joinedOn, not in the future. A partner with a left date "
                + "is no longer active", nullable = true)
        LocalDate leftOn,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {

    /** A partner without a source (DECLARED by the caller, see FactSources). */
    public PartnerRequest(String name, String siret, String uai, PartnerCategory category, CompanySize companySize,
                          Sector sector, TrainingRole trainingRole, MembershipBasis membershipBasis,
                          Boolean inGovernance, List<String> workingGroups, LocalDate joinedOn, LocalDate leftOn) {
        this(name, siret, uai, category, companySize, sector, trainingRole, membershipBasis, inGovernance,
                workingGroups, joinedOn, leftOn, null);
    }
}
