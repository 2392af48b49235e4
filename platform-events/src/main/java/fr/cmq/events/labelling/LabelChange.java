package fr.cmq.events.labelling;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data of the application, opinion and label events: the application concerned (when there is one) and the
 * campus's label as it now stands.
 */
@Schema(description = "Data of ApplicationSubmitted, OpinionIssued, LabelGranted, LabelRefused and LabelWithdrawn: "
        + "the application concerned and the campus's label after the change")
public record LabelChange(
        @Schema(description = "The application the event is about; null for LabelWithdrawn", nullable = true)
        ApplicationState application,
        @Schema(description = "The campus's label after the change", required = true) LabelState label)
        implements EventPayload {
}
