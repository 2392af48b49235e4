package fr.cmq.labelling.api;

import fr.cmq.labelling.domain.LabelStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A campus's label: status on the day asked, the current grant, its opinion, and the whole history. */
@Schema(description = "The label of a campus. Status follows the calendar: LABELLED until one year before expiry, "
        + "RENEWAL_DUE in that last year, EXPIRED from the expiry date (start + duration) on.")
public record LabelView(UUID campusId, LabelStatus status, LocalDate asOf, LocalDate startDate, LocalDate expiryDate,
                        Integer durationYears, String callCode, String legalActReference, LocalDate withdrawnOn,
                        ApplicationView.OpinionView opinion, UUID pendingApplicationId, List<HistoryEntry> history) {

    /** One step of the label's life, oldest first. */
    public record HistoryEntry(Instant recordedAt, String step, UUID applicationId, String callCode, String detail) {
    }
}
