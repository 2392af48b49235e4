package fr.cmq.gateway.dashboard;

import java.time.LocalDate;

/**
 * The label status on a day, from the dates the label events carry: the same calendar rule as the
 * labelling service (renewal due one year before expiry; expired from the expiry date on), so the
 * table's status moves with the calendar without any event.
 */
final class LabelCalendar {

    private LabelCalendar() {
    }

    static String status(CampusReadModel row, LocalDate today) {
        if (row.labelStart == null || row.labelExpiry == null) {
            return row.labelState == null ? "NOT_RECORDED" : row.labelState;
        }
        if (row.labelWithdrawnOn != null && !today.isBefore(row.labelWithdrawnOn)) {
            return "WITHDRAWN";
        }
        if (!today.isBefore(row.labelExpiry)) {
            return "EXPIRED";
        }
        return today.isBefore(row.labelExpiry.minusYears(1)) ? "LABELLED" : "RENEWAL_DUE";
    }
}
