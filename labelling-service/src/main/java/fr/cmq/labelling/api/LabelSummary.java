package fr.cmq.labelling.api;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelFacts;
import fr.cmq.labelling.domain.DatedCampus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A campus's label on the day asked: its status and, when granted, its start and expiry. */
@Schema(description = "The label status on the day of the answer (it follows the calendar), with start and expiry when granted")
public record LabelSummary(LabelStatus status, LocalDate startDate, LocalDate expiryDate, LocalDate asOf) {

    public static LabelSummary of(DatedCampus dated) {
        LabelFacts facts = dated.campus().labelFacts();
        return new LabelSummary(dated.labelStatus(), facts.startDate(), facts.expiryDate(), dated.asOf());
    }
}
