package fr.cmq.events.labelling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campus's label: its status on the day of the event, the current grant and its opinion, and its whole history.
 * The status follows the calendar, so a consumer recomputes it from the dates with the platform's label calendar
 * (platform-common) rather than trusting an old event's {@code status}.
 */
@Schema(description = "A campus's label after the change. status is the status on asOf; it follows the calendar "
        + "(LABELLED until one year before expiry, RENEWAL_DUE in that last year, EXPIRED from expiryDate on, "
        + "WITHDRAWN from withdrawnOn on), so consumers recompute it from the dates")
public record LabelState(
        @Schema(description = "Label status code on asOf: IN_PROGRESS, LABELLED, RENEWAL_DUE, EXPIRED, WITHDRAWN, "
                + "REFUSED or NOT_RECORDED", required = true) String status,
        @Schema(description = "The day status was computed for (Europe/Paris)", required = true) LocalDate asOf,
        @Schema(description = "First day of the current grant", nullable = true) LocalDate startDate,
        @Schema(description = "Expiry of the current grant: startDate plus durationYears", nullable = true)
        LocalDate expiryDate,
        @Schema(description = "Duration of the current grant, in years", nullable = true) Integer durationYears,
        @Schema(description = "Code of the call for projects of the current grant", nullable = true) String callCode,
        @Schema(description = "Reference of the legal act that granted the label", nullable = true)
        String legalActReference,
        @Schema(description = "Day the current label was withdrawn", nullable = true) LocalDate withdrawnOn,
        @Schema(description = "The expert opinion behind the current grant", nullable = true) OpinionState opinion,
        @Schema(description = "The application on file that has no decision yet", nullable = true)
        UUID pendingApplicationId,
        @Schema(description = "Every step of the label's life, oldest first") List<HistoryEntry> history) {

    /** One step of the label's life. */
    @Schema(name = "LabelStateHistoryEntry", description = "One step of the label's life")
    public record HistoryEntry(
            @Schema(description = "When the step was recorded (UTC)") Instant recordedAt,
            @Schema(description = "APPLICATION_SUBMITTED, OPINION_ISSUED, LABEL_GRANTED, LABEL_REFUSED or "
                    + "LABEL_WITHDRAWN") String step,
            @Schema(description = "The application of the step") UUID applicationId,
            @Schema(description = "Code of the call of that application") String callCode,
            @Schema(description = "Short free text of the step (kind, stars, legal act and dates)") String detail) {
    }
}
