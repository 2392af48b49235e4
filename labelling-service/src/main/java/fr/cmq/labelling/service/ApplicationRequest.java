package fr.cmq.labelling.service;

import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.labelling.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/campuses/{campusId}/applications}: what recommendations 1-4 ask a file to hold. */
@Schema(description = "An application file; the parts a call requires must be present before a decision")
public record ApplicationRequest(
        @Schema(description = "Code of the call for projects, e.g. CALL_2016 (see /api/v1/calls)") @NotBlank String callCode,
        @NotNull ApplicationKind kind,
        @Schema(description = "Rec 1: the economic opportunity analysis") @Size(max = 20000) String opportunityAnalysis,
        @Schema(description = "Rec 1: whether the DIRECCTE took part in the analysis") Boolean direccteInvolved,
        @Schema(description = "Rec 1: whether employers took part in the analysis") Boolean employersInvolved,
        @Schema(description = "Rec 2: the partners' signed commitments") @Valid @Size(max = 500)
        List<@NotNull @Valid Commitment> partnerCommitments,
        @Schema(description = "Rec 3: the coherence of the training offer") @Size(max = 20000) String trainingOfferCoherence,
        @Schema(description = "Rec 4: date of the presentation to the CREFOP") LocalDate crefopPresentationDate,
        @Schema(description = "Indicators with their targets") @Size(max = 100) List<@NotNull @Valid IndicatorTarget> indicators,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {

    /** A partner's signed commitment: the organisation (no person's name) and the date it signed. */
    public record Commitment(@NotBlank @Size(max = 300) String partnerName, @NotNull LocalDate signedOn) {
        Application.PartnerCommitment toDomain() {
            return new Application.PartnerCommitment(partnerName.strip(), signedOn);
        }
    }

    /** An indicator, its baseline and its target. */
    public record IndicatorTarget(@NotBlank @Size(max = 300) String name, @Size(max = 300) String baseline,
                                  @NotBlank @Size(max = 300) String target) {
        Application.Indicator toDomain() {
            return new Application.Indicator(name.strip(), baseline, target.strip());
        }
    }

    public List<Application.PartnerCommitment> commitments() {
        return partnerCommitments == null ? List.of() : partnerCommitments.stream().map(Commitment::toDomain).toList();
    }

    public List<Application.Indicator> indicatorTargets() {
        return indicators == null ? List.of() : indicators.stream().map(IndicatorTarget::toDomain).toList();
    }
}
