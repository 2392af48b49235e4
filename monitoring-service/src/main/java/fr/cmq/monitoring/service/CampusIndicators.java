package fr.cmq.monitoring.service;

import fr.cmq.common.time.CmqClock;
import fr.cmq.monitoring.domain.ActionPlan;
import fr.cmq.monitoring.domain.CampusSteering;
import fr.cmq.monitoring.domain.IndicatorCatalogue;
import fr.cmq.monitoring.domain.IndicatorSeries;
import fr.cmq.monitoring.domain.IndicatorTarget;
import fr.cmq.monitoring.domain.IndicatorValue;
import fr.cmq.monitoring.domain.PlanAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * A campus's indicators as they stand (targets, declared values, the completions of its action plans) and the steering
 * state its events carry. Read in the caller's transaction, after its change was flushed.
 */
@ApplicationScoped
public class CampusIndicators {

    @Inject
    CmqClock clock;

    /** Every indicator of the catalogue for the campus, in catalogue order. */
    public List<IndicatorSeries> series(UUID campusId) {
        return IndicatorSeries.ofCampus(IndicatorCatalogue.standard(), IndicatorTarget.ofCampus(campusId),
                IndicatorValue.ofCampus(campusId), ActionPlan.completions(PlanAction.ofCampus(campusId)));
    }

    /** The steering state: the last complete year is the year before today in France. */
    public CampusSteering steering(UUID campusId) {
        return CampusSteering.of(series(campusId), clock.year() - 1);
    }
}
