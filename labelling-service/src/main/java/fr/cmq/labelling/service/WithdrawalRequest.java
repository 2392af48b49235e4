package fr.cmq.labelling.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/campuses/{campusId}/label/withdrawal}. */
public record WithdrawalRequest(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 1000) String legalActReference,
                                @NotBlank @Size(max = 5000) String reason) {
}
