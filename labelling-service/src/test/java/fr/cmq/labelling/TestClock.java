package fr.cmq.labelling;

import fr.cmq.labelling.service.LabellingClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.LocalDate;

/** The service's clock in tests: today is whatever the test sets (tests move the date, they do not sleep). */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends LabellingClock {

    private volatile LocalDate today;

    public void set(LocalDate date) {
        today = date;
    }

    public void reset() {
        today = null;
    }

    @Override
    public LocalDate today() {
        return today != null ? today : LocalDate.now(Clock.system(FRANCE));
    }
}
