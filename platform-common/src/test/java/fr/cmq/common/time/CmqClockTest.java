package fr.cmq.common.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Today is the date in France; tests drive the clock. */
class CmqClockTest {

    /** The clock at a fixed instant, the way a test subclass replaces the time source. */
    private static CmqClock at(String instant) {
        return new CmqClock() {
            @Override
            protected Clock clock() {
                return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
            }
        };
    }

    @Test
    void todayIsTheDateInFranceNotInUtc() {
        // 23:30 UTC on New Year's Eve is already 1 January in Paris (UTC+1 in winter)
        CmqClock newYear = at("2024-12-31T23:30:00Z");
        assertEquals(LocalDate.of(2025, 1, 1), newYear.today());
        assertEquals(2025, newYear.year());
        // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer)
        assertEquals(LocalDate.of(2025, 7, 1), at("2025-06-30T22:30:00Z").today());
        assertEquals(LocalDate.of(2025, 6, 30), at("2025-06-30T21:59:59Z").today());
    }

    @Test
    void nowIsTheInstantToTheMillisecond() {
        assertEquals(Instant.parse("2025-03-01T10:00:00.123Z"), at("2025-03-01T10:00:00.123456789Z").now());
        Instant before = Instant.now().minusMillis(1);
        Instant now = new CmqClock().now();
        assertFalse(now.isBefore(before));
        assertEquals(0, now.getNano() % 1_000_000);
    }

    @Test
    void theRealClockReadsTheDateInParis() {
        LocalDate paris = LocalDate.now(CmqClock.FRANCE);
        LocalDate today = new CmqClock().today();
        assertTrue(today.equals(paris) || today.equals(paris.plusDays(1))); // midnight may pass in between
    }

    @Test
    void aDrivenClockMovesTheDateAndKeepsTimeFlowing() throws Exception {
        DrivenClock clock = new DrivenClock();
        clock.set(LocalDate.of(2016, 1, 10));
        assertEquals(LocalDate.of(2016, 1, 10), clock.today());
        Instant first = clock.now();
        assertEquals(LocalDate.of(2016, 1, 10), first.atZone(CmqClock.FRANCE).toLocalDate());
        Thread.sleep(5);
        assertTrue(clock.now().isAfter(first));
        // across a change of summer time the date is still the one set
        clock.set(LocalDate.of(2016, 7, 14));
        assertEquals(LocalDate.of(2016, 7, 14), clock.today());
        clock.set(LocalDate.of(2016, 3, 27));
        assertEquals(LocalDate.of(2016, 3, 27), clock.today());
        clock.advance(Duration.ofDays(366));
        assertEquals(LocalDate.of(2017, 3, 28), clock.today());
        clock.reset();
        assertTrue(Duration.between(Instant.now(), clock.now()).abs().toSeconds() < 5);
    }
}
