package fr.cmq.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The clock of the tests: the date is whatever the test sets, and time keeps flowing from there (so instants stay
 * increasing). A disabled CDI alternative: a service's tests select it with
 * {@code %test.quarkus.arc.selected-alternatives=fr.cmq.common.time.DrivenClock} in the service's
 * application.properties, then inject it ({@code @Inject DrivenClock clock}), {@link #set} a day and
 * {@link #reset()} after each test. Never selected outside tests.
 */
@Alternative
@ApplicationScoped
public class DrivenClock extends CmqClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    protected Clock clock() {
        return Clock.offset(super.clock(), offset);
    }

    /** From now on, today (in France) is {@code day}; the time of day is the real one. */
    public void set(LocalDate day) {
        ZonedDateTime now = ZonedDateTime.now(super.clock().withZone(FRANCE));
        offset = Duration.between(now.toInstant(), now.with(day).toInstant());
    }

    /** Moves the clock by {@code amount} (e.g. {@code Duration.ofDays(365)}). */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }
}
