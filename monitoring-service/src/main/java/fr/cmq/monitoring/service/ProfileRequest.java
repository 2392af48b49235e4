package fr.cmq.monitoring.service;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "The body of PUT /api/v1/campuses/{campusId}/profile: the whole profile")
public record ProfileRequest(
        @Schema(required = true) @NotNull LegalForm legalForm,
        @Schema(description = "Required when legalForm is GIP, absent otherwise", nullable = true) GipKind gipKind,
        @Schema(description = "Date the legal form took effect; defaults to today in France (Europe/Paris) when the legal form changes. "
                + "When the legal form does not change it must be absent or equal to the recorded date. A new legal "
                + "form cannot take effect before the current one", nullable = true, example = "2016-09-01")
        LocalDate legalFormSince,
        @Schema(description = "The campus has a legal personality of its own (never for SUPPORT_ESTABLISHMENT)",
                required = true)
        @NotNull Boolean hasLegalPersonality,
        @Schema(description = "The campus has a budget of its own", required = true)
        @NotNull Boolean hasOwnBudget,
        @Schema(description = "Required when legalForm is SUPPORT_ESTABLISHMENT; optional otherwise", nullable = true)
        @Valid SupportEstablishment supportEstablishment,
        @Schema(required = true) @Valid @NotNull DirectorPost directorPost,
        @Schema(required = true) @Valid @NotNull Governance governance,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {

    /** A profile without a source (DECLARED by the caller, see FactSources). */
    public ProfileRequest(LegalForm legalForm, GipKind gipKind, LocalDate legalFormSince, Boolean hasLegalPersonality,
                          Boolean hasOwnBudget, SupportEstablishment supportEstablishment, DirectorPost directorPost,
                          Governance governance) {
        this(legalForm, gipKind, legalFormSince, hasLegalPersonality, hasOwnBudget, supportEstablishment,
                directorPost, governance, null);
    }
}
