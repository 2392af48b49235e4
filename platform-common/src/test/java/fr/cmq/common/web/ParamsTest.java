package fr.cmq.common.web;

import fr.cmq.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsTest {

    enum Modality { EX_ANTE, EX_POST }

    @Test
    void anEnumCodeIgnoresCaseAndSpacesAndAnAbsentOneGivesTheDefault() {
        assertEquals(Modality.EX_ANTE, Params.code("modality", "EX_ANTE", Modality.class));
        assertEquals(Modality.EX_POST, Params.code("modality", " ex_post ", Modality.class));
        assertNull(Params.code("modality", null, Modality.class));
        assertNull(Params.code("modality", "", Modality.class));
        assertEquals(Modality.EX_POST, Params.code("modality", null, Modality.class, Modality.EX_POST));
    }

    @Test
    void anUnknownCodeIs400NamingTheParameterAndListingTheCodes() {
        ProblemException e = assertThrows(ProblemException.class, () -> Params.code("modality", "LATER", Modality.class));
        assertEquals(400, e.status());
        assertEquals("modality", e.errors().get(0).field());
        assertEquals("unknown code 'LATER'; expected one of [EX_ANTE, EX_POST]", e.errors().get(0).message());
    }

    @Test
    void aCodeOfAFixedSetMatchesExactly() {
        Set<String> flags = Set.of("noGreta", "noAfpa");
        assertEquals("noGreta", Params.oneOf("flag", "noGreta", flags));
        assertNull(Params.oneOf("flag", null, flags));
        ProblemException e = assertThrows(ProblemException.class, () -> Params.oneOf("flag", "NOGRETA", flags));
        assertEquals("flag", e.errors().get(0).field());
        assertEquals("unknown code 'NOGRETA'; expected one of [noAfpa, noGreta]", e.errors().get(0).message());
    }

    @Test
    void theLimitIsBetween1And500With50ByDefault() {
        assertEquals(50, Params.limit((String) null));
        assertEquals(50, Params.limit((Integer) null));
        assertEquals(1, Params.limit("1"));
        assertEquals(500, Params.limit(500));
        assertEquals("limit", assertThrows(ProblemException.class, () -> Params.limit("0")).errors().get(0).field());
        assertEquals("must be between 1 and 500",
                assertThrows(ProblemException.class, () -> Params.limit(501)).errors().get(0).message());
        assertEquals("must be an integer between 1 and 500",
                assertThrows(ProblemException.class, () -> Params.limit("ten")).errors().get(0).message());
        assertEquals(400, assertThrows(ProblemException.class, () -> Params.limit("2.5")).status());
        assertEquals(20, Cursors.limit(20));
    }

    @Test
    void aYearIsWithinThePlatformsBoundsAndTheCurrentOneByDefault() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals(2026, Params.year("year", (String) null, today));
        assertEquals(2026, Params.year("year", (Integer) null, today));
        assertEquals(2013, Params.year("year", "2013", today));
        assertEquals(2031, Params.year("year", 2031, today));
        ProblemException e = assertThrows(ProblemException.class, () -> Params.year("year", "2012", today));
        assertEquals("year", e.errors().get(0).field());
        assertEquals("must be between 2013 and 2031", e.errors().get(0).message());
        assertEquals(400, assertThrows(ProblemException.class, () -> Params.year("year", 2032, today)).status());
        assertEquals("must be a year between 2013 and 2031",
                assertThrows(ProblemException.class, () -> Params.year("year", "MMXX", today)).errors().get(0).message());
    }

    @Test
    void aDateIsIso8601() {
        assertEquals(LocalDate.of(2027, 6, 30), Params.date("expiresBefore", "2027-06-30"));
        assertNull(Params.date("expiresBefore", null));
        ProblemException e = assertThrows(ProblemException.class, () -> Params.date("expiresBefore", "30/06/2027"));
        assertEquals("expiresBefore", e.errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> Params.date("expiresBefore", "2027-02-30")).status());
    }

    @Test
    void csvIsAskedByFormatOrByAccept() {
        assertTrue(Params.csvRequested("csv", null));
        assertTrue(Params.csvRequested("CSV", "application/json"));
        assertTrue(Params.csvRequested(null, "text/csv"));
        assertTrue(Params.csvRequested(null, "text/csv;charset=UTF-8, application/json;q=0.5"));
        assertFalse(Params.csvRequested("json", "text/csv"));
        assertFalse(Params.csvRequested(null, "application/json"));
        assertFalse(Params.csvRequested(null, null));
        assertEquals("format", assertThrows(ProblemException.class, () -> Params.csvRequested("xml", null))
                .errors().get(0).field());
    }
}
