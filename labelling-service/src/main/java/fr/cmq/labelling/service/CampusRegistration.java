package fr.cmq.labelling.service;

import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /api/v1/campuses}. */
public record CampusRegistration(
        @NotBlank @Size(max = 300) String designation,
        @NotBlank String familyCode,
        @NotBlank String regionCode,
        @NotEmpty @Size(max = 10) List<@NotNull @NotBlank String> academyCodes,
        @Size(max = 20) List<String> communicationNames,
        @Valid SourceRequest source) {

    /** A registration without a source (DECLARED by the caller, see FactSources). */
    public CampusRegistration(String designation, String familyCode, String regionCode, List<String> academyCodes,
                              List<String> communicationNames) {
        this(designation, familyCode, regionCode, academyCodes, communicationNames, null);
    }
}
