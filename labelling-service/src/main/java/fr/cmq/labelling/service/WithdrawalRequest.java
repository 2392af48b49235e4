package fr.cmq.labelling.service;

import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/campuses/{campusId}/label/withdrawal}. */
public record WithdrawalRequest(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 1000) String legalActReference,
                                @NotBlank @Size(max = 5000) String reason,
                                @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                                        + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
