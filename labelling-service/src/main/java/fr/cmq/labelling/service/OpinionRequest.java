package fr.cmq.labelling.service;

import fr.cmq.common.reference.IssuingBody;
import fr.cmq.common.reference.OpinionOutcome;
import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/applications/{applicationId}/opinion}. */
@Schema(description = "Either stars (1-3, legacy) or an outcome. A justification is required below 3 stars "
        + "and for any outcome other than FAVOURABLE.")
public record OpinionRequest(
        @Min(1) @Max(3) Integer stars,
        OpinionOutcome outcome,
        @Size(max = 20000) String justification,
        @NotNull IssuingBody issuingBody,
        @NotNull LocalDate issuedOn,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
