package fr.cmq.common.rules;

import fr.cmq.common.reference.LabelBasis;

import java.time.LocalDate;

/**
 * The stored facts of a campus's label, from which {@link LabelCalendar} reads its status on any day: the basis
 * (nothing, an application, a grant, a refusal) and, for a grant, its start, its expiry (start + duration: the
 * first day the label no longer covers) and the day it was withdrawn, if it was.
 *
 * @param basis       what is on file; {@code null} reads as {@link LabelBasis#NONE}
 * @param startDate   first day of the granted label; only for {@link LabelBasis#GRANTED}
 * @param expiryDate  first day the granted label no longer covers; required for {@link LabelBasis#GRANTED}
 * @param withdrawnOn day the label was withdrawn, from which it reads WITHDRAWN; {@code null} if never
 */
public record LabelFacts(LabelBasis basis, LocalDate startDate, LocalDate expiryDate, LocalDate withdrawnOn) {

    /** Nothing on file (e.g. the campuses imported from Annexe 4). */
    public static final LabelFacts NONE = new LabelFacts(LabelBasis.NONE, null, null, null);
    /** An application is on file and no label was granted. */
    public static final LabelFacts PENDING = new LabelFacts(LabelBasis.PENDING, null, null, null);
    /** The last decision refused the label and none was granted. */
    public static final LabelFacts REFUSED = new LabelFacts(LabelBasis.REFUSED, null, null, null);

    public LabelFacts {
        basis = basis == null ? LabelBasis.NONE : basis;
        if (basis == LabelBasis.GRANTED && (startDate == null || expiryDate == null)) {
            throw new IllegalArgumentException("a granted label has a start date and an expiry date");
        }
    }

    /** A label granted on {@code start} for {@code durationYears}, withdrawn on {@code withdrawnOn} if not null. */
    public static LabelFacts granted(LocalDate start, int durationYears, LocalDate withdrawnOn) {
        return new LabelFacts(LabelBasis.GRANTED, start, LabelCalendar.expiryDate(start, durationYears), withdrawnOn);
    }

    /** The first day of the renewal year (expiry minus one year), for a granted label; otherwise {@code null}. */
    public LocalDate renewalDueFrom() {
        return expiryDate == null ? null : LabelCalendar.renewalDueFrom(expiryDate);
    }
}
