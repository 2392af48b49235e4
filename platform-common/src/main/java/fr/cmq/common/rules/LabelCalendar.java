package fr.cmq.common.rules;

import fr.cmq.common.reference.LabelBasis;
import fr.cmq.common.reference.LabelStatus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The label calendar: the status of a label on a day, from its stored facts ({@link LabelFacts}), so that a
 * status moves with the calendar without anyone writing. A granted label reads LABELLED, then RENEWAL_DUE from
 * one year before its expiry, then EXPIRED from its expiry date on; WITHDRAWN from the day it is withdrawn (this
 * wins over the dates). Without a grant: PENDING reads IN_PROGRESS, REFUSED reads REFUSED, nothing reads
 * NOT_RECORDED.
 *
 * <p>The same rule is given as a query condition ({@link #condition}) for HQL (labelling's search) and SQL (the
 * gateway's read model), so that a filter on a status selects exactly the rows whose status is that one; and as a
 * SQL expression giving the status itself ({@link #statusExpression}), which the gateway's national table selects
 * and sorts by.
 */
public final class LabelCalendar {

    /** The renewal falls due this many years before expiry. */
    public static final int RENEWAL_LEAD_YEARS = 1;

    private LabelCalendar() {
    }

    /** The status of a label with these facts on {@code day}. */
    public static LabelStatus statusOn(LabelFacts facts, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (facts.basis()) {
            case NONE -> LabelStatus.NOT_RECORDED;
            case PENDING -> LabelStatus.IN_PROGRESS;
            case REFUSED -> LabelStatus.REFUSED;
            case GRANTED -> {
                if (facts.withdrawnOn() != null && !day.isBefore(facts.withdrawnOn())) {
                    yield LabelStatus.WITHDRAWN;
                }
                if (!day.isBefore(facts.expiryDate())) {
                    yield LabelStatus.EXPIRED;
                }
                yield day.isBefore(renewalDueFrom(facts.expiryDate())) ? LabelStatus.LABELLED : LabelStatus.RENEWAL_DUE;
            }
        };
    }

    /** The expiry date of a label granted on {@code start} for {@code durationYears}: the first day it no longer covers. */
    public static LocalDate expiryDate(LocalDate start, int durationYears) {
        return start.plusYears(durationYears);
    }

    /** The first day of the renewal year of a label expiring on {@code expiryDate}. */
    public static LocalDate renewalDueFrom(LocalDate expiryDate) {
        return expiryDate.minusYears(RENEWAL_LEAD_YEARS);
    }

    /**
     * The expressions of the label facts in a query: HQL attribute paths (e.g. {@code labelBasis}) or SQL column
     * expressions (e.g. {@code r.label_basis}). The basis expression holds the {@link LabelBasis} codes (a string
     * column, or an enum attribute stored as a string); a null basis reads as NONE.
     *
     * @param basis          the basis ({@code NONE}, {@code PENDING}, {@code GRANTED}, {@code REFUSED})
     * @param renewalDueFrom the first day of the renewal year (a stored column, or {@link #postgres} derives it)
     * @param expiryDate     the expiry date
     * @param withdrawnOn    the withdrawal date, null if none
     */
    public record Columns(String basis, String renewalDueFrom, String expiryDate, String withdrawnOn) {

        public Columns {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(renewalDueFrom, "renewalDueFrom");
            Objects.requireNonNull(expiryDate, "expiryDate");
            Objects.requireNonNull(withdrawnOn, "withdrawnOn");
        }

        /**
         * For PostgreSQL SQL on a table that does not store the renewal date: it is derived from the expiry date
         * ({@code expiry - interval '1 year'}, which gives the same day as {@link #renewalDueFrom}, 29 February
         * included).
         */
        public static Columns postgres(String basis, String expiryDate, String withdrawnOn) {
            return new Columns(basis, "cast(" + expiryDate + " - interval '" + RENEWAL_LEAD_YEARS + " year' as date)",
                    expiryDate, withdrawnOn);
        }
    }

    /**
     * The condition "the label's status on the day given by the named parameter {@code :dateParameter} is
     * {@code status}", e.g. {@code condition(LabelStatus.EXPIRED, columns, "today")} for a query that binds
     * {@code today}. Works in HQL and in SQL.
     */
    public static String condition(LabelStatus status, Columns columns, String dateParameter) {
        if (dateParameter == null || !dateParameter.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a parameter name: " + dateParameter);
        }
        return conditionOn(status, columns, ":" + dateParameter);
    }

    /**
     * The label's status on {@code day} as one SQL expression (a {@code case} giving the {@link LabelStatus} code),
     * the same rule as {@link #statusOn} written for PostgreSQL, e.g. {@code statusExpression(columns, ":today")}
     * in a select list or an order by. {@code day} is any date expression (a bound parameter, a column).
     */
    public static String statusExpression(Columns c, String day) {
        return "(case"
                + " when " + c.basis() + " = '" + LabelBasis.GRANTED.name() + "' then (case"
                + " when " + c.withdrawnOn() + " <= " + day + " then '" + LabelStatus.WITHDRAWN.code() + "'"
                + " when " + c.expiryDate() + " <= " + day + " then '" + LabelStatus.EXPIRED.code() + "'"
                + " when " + c.renewalDueFrom() + " <= " + day + " then '" + LabelStatus.RENEWAL_DUE.code() + "'"
                + " else '" + LabelStatus.LABELLED.code() + "' end)"
                + " when " + c.basis() + " = '" + LabelBasis.PENDING.name() + "' then '" + LabelStatus.IN_PROGRESS.code() + "'"
                + " when " + c.basis() + " = '" + LabelBasis.REFUSED.name() + "' then '" + LabelStatus.REFUSED.code() + "'"
                + " else '" + LabelStatus.NOT_RECORDED.code() + "' end)";
    }

    /** The same condition with the day given by any date expression (a column, {@code current_date}...). */
    public static String conditionOn(LabelStatus status, Columns c, String day) {
        String granted = c.basis() + " = 'GRANTED'";
        String notWithdrawn = "(" + c.withdrawnOn() + " is null or " + c.withdrawnOn() + " > " + day + ")";
        return switch (status) {
            case NOT_RECORDED -> "(" + c.basis() + " is null or " + c.basis() + " = 'NONE')";
            case IN_PROGRESS -> c.basis() + " = 'PENDING'";
            case REFUSED -> c.basis() + " = 'REFUSED'";
            case WITHDRAWN -> "(" + granted + " and " + c.withdrawnOn() + " <= " + day + ")";
            case EXPIRED -> "(" + granted + " and " + notWithdrawn + " and " + c.expiryDate() + " <= " + day + ")";
            case RENEWAL_DUE -> "(" + granted + " and " + notWithdrawn + " and " + c.renewalDueFrom() + " <= " + day
                    + " and " + c.expiryDate() + " > " + day + ")";
            case LABELLED -> "(" + granted + " and " + notWithdrawn + " and " + c.renewalDueFrom() + " > " + day + ")";
        };
    }
}
