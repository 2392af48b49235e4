package fr.cmq.common.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The platform's clock: "today" is the date in France (Europe/Paris) in every service, whatever the server's zone;
 * "now" is the instant, to the millisecond (as stored). Inject it instead of calling {@code LocalDate.now()} or
 * {@code Instant.now()}. Tests drive it: {@link DrivenClock}, or any subclass overriding {@link #clock()}.
 */
@ApplicationScoped
public class CmqClock {

    /** The platform's zone for dates: a label expires, a year starts, a partner leaves on a day in France. */
    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    /** The time source; a test subclass overrides it to move the date (tests do not sleep). */
    protected Clock clock() {
        return Clock.system(FRANCE);
    }

    /** Today's date in France. */
    public LocalDate today() {
        return LocalDate.now(clock().withZone(FRANCE));
    }

    /** The current instant, truncated to milliseconds (what the databases and events store). */
    public Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The current year in France. */
    public int year() {
        return today().getYear();
    }
}
