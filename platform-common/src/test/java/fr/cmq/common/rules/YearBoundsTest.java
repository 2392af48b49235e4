package fr.cmq.common.rules;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Years from 2013 to five years after the current one. */
class YearBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void boundsAreTwoThousandThirteenToFiveYearsAhead() {
        assertEquals(2031, YearBounds.lastYear(TODAY));
        assertTrue(YearBounds.contains(2013, TODAY));
        assertTrue(YearBounds.contains(2031, TODAY));
        assertFalse(YearBounds.contains(2012, TODAY));
        assertFalse(YearBounds.contains(2032, TODAY));
        // the bound moves with today (a new year in France)
        assertTrue(YearBounds.contains(2032, LocalDate.of(2027, 1, 1)));
        List<Integer> years = YearBounds.years(TODAY);
        assertEquals(2013, years.get(0));
        assertEquals(2031, years.get(years.size() - 1));
        assertEquals(19, years.size());
    }

    @Test
    void anOutOfBoundsYearIsAProblemNamingTheField() {
        ProblemException tooLate = assertThrows(ProblemException.class, () -> YearBounds.require("year", 2032, TODAY));
        assertEquals(400, tooLate.status());
        assertEquals(List.of(new FieldError("year", "must be between 2013 and 2031")), tooLate.errors());
        ProblemException tooEarly = assertThrows(ProblemException.class,
                () -> YearBounds.orCurrent("allocations[0].year", 2012, TODAY));
        assertEquals("allocations[0].year", tooEarly.errors().get(0).field());
        ProblemException missing = assertThrows(ProblemException.class, () -> YearBounds.require("year", null, TODAY));
        assertEquals(List.of(new FieldError("year", "required")), missing.errors());
    }

    @Test
    void aValidYearIsGivenBackAndAMissingOneMayDefaultToTheCurrentYear() {
        assertEquals(2020, YearBounds.require("year", 2020, TODAY));
        assertEquals(2026, YearBounds.orCurrent("year", null, TODAY));
        assertEquals(2013, YearBounds.orCurrent("year", 2013, TODAY));
    }
}
