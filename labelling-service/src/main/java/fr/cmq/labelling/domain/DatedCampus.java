package fr.cmq.labelling.domain;

import fr.cmq.common.reference.LabelStatus;

import java.time.LocalDate;

/** A campus as it stands on a day: its label status follows the calendar. */
public record DatedCampus(Campus campus, LocalDate asOf) {

    public LabelStatus labelStatus() {
        return campus.labelStatusOn(asOf);
    }
}
