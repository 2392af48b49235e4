package fr.cmq.labelling.service;

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
        @Size(max = 20) List<String> communicationNames) {
}
