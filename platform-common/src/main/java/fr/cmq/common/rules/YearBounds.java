package fr.cmq.common.rules;

import fr.cmq.common.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years the platform accepts (a budget's year, the table's year...): from {@link #FIRST_YEAR}, when the first
 * campuses were called for, to {@link #YEARS_AHEAD} years after the current one. "Today" is the caller's
 * {@code CmqClock.today()}, the date in France.
 */
public final class YearBounds {

    /** The first campuses were called for in 2013. */
    public static final int FIRST_YEAR = 2013;
    /** Forecasts may look this many years ahead of the current one. */
    public static final int YEARS_AHEAD = 5;

    private YearBounds() {
    }

    /** The last year accepted on {@code today}: the current year + 5. */
    public static int lastYear(LocalDate today) {
        return today.getYear() + YEARS_AHEAD;
    }

    /** Whether {@code year} is within {@value #FIRST_YEAR}..(current year + 5) on {@code today}. */
    public static boolean contains(int year, LocalDate today) {
        return year >= FIRST_YEAR && year <= lastYear(today);
    }

    /** Every accepted year, in ascending order. */
    public static List<Integer> years(LocalDate today) {
        return IntStream.rangeClosed(FIRST_YEAR, lastYear(today)).boxed().toList();
    }

    /**
     * The year, checked: a 400 problem naming {@code field} when it is missing ("required") or out of bounds
     * ("must be between 2013 and N").
     */
    public static int require(String field, Integer year, LocalDate today) {
        if (year == null) {
            throw ProblemException.invalid(field, "required");
        }
        return check(field, year, today);
    }

    /** The year, checked as {@link #require} does; the current year when it is missing. */
    public static int orCurrent(String field, Integer year, LocalDate today) {
        return year == null ? today.getYear() : check(field, year, today);
    }

    private static int check(String field, int year, LocalDate today) {
        if (!contains(year, today)) {
            throw ProblemException.invalid(field, "must be between " + FIRST_YEAR + " and " + lastYear(today));
        }
        return year;
    }
}
