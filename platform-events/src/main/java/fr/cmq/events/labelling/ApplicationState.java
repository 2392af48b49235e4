package fr.cmq.events.labelling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application for the label, with its opinion and decision when they exist. */
@Schema(description = "An application for the label, with its opinion and decision when they exist")
public record ApplicationState(
        @Schema(description = "Identifier of the application", required = true) UUID id,
        @Schema(description = "Code of the call for projects it answers", required = true) String callCode,
        @Schema(description = "INITIAL or RENEWAL", required = true) String kind,
        @Schema(description = "When it was submitted (UTC)", required = true) Instant submittedAt,
        @Schema(description = "Parts of the file present: OPPORTUNITY_ANALYSIS, PARTNER_COMMITMENTS, "
                + "TRAINING_OFFER_COHERENCE, CREFOP_PRESENTATION, INDICATORS") List<String> presentParts,
        @Schema(description = "Parts its call requires that the file lacks (same codes); a decision needs none "
                + "missing") List<String> missingRequiredParts,
        @Schema(description = "The expert opinion, once issued", nullable = true) OpinionState opinion,
        @Schema(description = "The decision, once taken", nullable = true) DecisionState decision) {
}
