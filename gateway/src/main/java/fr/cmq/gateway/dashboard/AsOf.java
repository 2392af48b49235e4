package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.time.CmqClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The instant a state of the read model is read at ({@code asOf} of the table, its CSV, the summary and a campus's
 * detail): a date {@code YYYY-MM-DD} is the state at the end of that day in France (Europe/Paris, the platform's
 * zone), a timestamp (RFC 3339, with its offset) that instant. {@code day} is the date in France the label status is
 * computed for and the default year of the budget columns.
 *
 * @param day     the day the state is read on (in France)
 * @param instant the last instant taken (a version stamped at or before it counts)
 * @param text    the parameter as normalised (what a cursor remembers)
 */
public record AsOf(LocalDate day, Instant instant, String text) {

    /** The parameter's name. */
    public static final String PARAMETER = "asOf";
    /** Its description in the OpenAPI document. */
    public static final String DESCRIPTION = "The state at a past date: YYYY-MM-DD is the state at the end of that day "
            + "in France (Europe/Paris), or an RFC 3339 timestamp with its offset (e.g. 2026-03-01T12:00:00Z); the label "
            + "status is the one of that day. Not in the future. Absent: today's state";

    /** The parameter read; null when absent; 400 naming {@code asOf} when malformed or in the future. */
    public static AsOf parse(String value, CmqClock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        AsOf asOf;
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                // the end of the day: the next day's start in France, less the database's precision (a microsecond)
                Instant end = day.plusDays(1).atStartOfDay(CmqClock.FRANCE).toInstant().minus(1, ChronoUnit.MICROS);
                asOf = new AsOf(day, end, day.toString());
            } else {
                Instant instant = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
                asOf = new AsOf(instant.atZone(CmqClock.FRANCE).toLocalDate(), instant, instant.toString());
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(PARAMETER, "'" + text + "' is neither a date YYYY-MM-DD nor an RFC 3339 "
                    + "timestamp with its offset");
        }
        if (asOf.day().isAfter(clock.today()) || (text.length() != 10 && asOf.instant().isAfter(clock.now()))) {
            throw ProblemException.invalid(PARAMETER, "'" + text + "' is in the future; the read model knows the past "
                    + "and today only");
        }
        return asOf;
    }
}
