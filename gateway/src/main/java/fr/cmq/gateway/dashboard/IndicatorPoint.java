package fr.cmq.gateway.dashboard;

import fr.cmq.events.monitoring.BreakdownState;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A target or a value of a campus's indicator for a year and breakdown, as monitoring's events carried it. */
public record IndicatorPoint(String indicator, BreakdownState breakdown, String kind, int year, BigDecimal value) {

    public static final String TARGET = "TARGET";
    public static final String VALUE = "VALUE";
    /** The steering indicator whose value of a year is the completion of that year's action plan. */
    static final String PLAN_COMPLETION = "ACTION_PLAN_COMPLETION";
    static final BreakdownState CAMPUS_AS_A_WHOLE = new BreakdownState(null, null, null, null);

    /** The breakdown's keys as one text ('' for the campus as a whole): the row's key with the indicator and year. */
    static String key(BreakdownState b) {
        return Stream.of(b.establishment(), b.pathwayStatus(), b.level(), b.horizon())
                .map(k -> k == null ? "" : k).collect(Collectors.joining("|")).replaceAll("^\\|+$", "");
    }

    /** Whether both points are of the same series (indicator and breakdown). */
    boolean sameSeries(IndicatorPoint other) {
        return indicator.equals(other.indicator) && Objects.equals(breakdown, other.breakdown);
    }
}
