package fr.cmq.labelling.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date in France, on which label statuses are computed. Tests replace it with a clock they
 * drive (they move the date, they do not sleep).
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
}
