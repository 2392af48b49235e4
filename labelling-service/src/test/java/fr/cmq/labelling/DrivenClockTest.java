package fr.cmq.labelling;

import fr.cmq.common.time.DrivenClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/** A test that moves the date with the platform's driven clock; the clock is back to the real date after each test. */
abstract class DrivenClockTest {

    @Inject
    DrivenClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
