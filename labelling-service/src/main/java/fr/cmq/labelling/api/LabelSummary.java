package fr.cmq.labelling.api;

import fr.cmq.labelling.domain.LabelDates;
import fr.cmq.labelling.domain.LabelStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A campus's label on the day asked: its status and, when granted, its start and expiry. */
@Schema(description = "The label status on the day of the answer (it follows the calendar), with start and expiry when granted")
public record LabelSummary(LabelStatus status, LocalDate startDate, LocalDate expiryDate, LocalDate asOf) {

    public static LabelSummary of(LabelDates dates, LocalDate today) {
        return new LabelSummary(dates.statusOn(today), dates.startDate(), dates.expiryDate(), today);
    }
}
