package fr.cmq.labelling.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Today's date in France, on which label statuses are computed, and the instant a write is recorded.
 * Tests replace it with a clock they drive (they move the date, they do not sleep).
 */
@ApplicationScoped
public class LabellingClock {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    protected Clock clock() {
        return Clock.system(FRANCE);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Now, to the millisecond (what the database keeps). */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
