package fr.cmq.gateway.dashboard;

import fr.cmq.common.time.CmqClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The entity tag of the answers computed from the read model, from the projection's state in the database: it
 * changes with every committed change applied by any replica, with every rebuild and every day (label statuses and
 * the steering year follow the calendar).
 */
@ApplicationScoped
public class DashboardChanges {

    @Inject
    ProjectionState state;
    @Inject
    CmqClock clock;

    /** The entity tag of any answer computed from the read model now. */
    public String entityTag() {
        return entityTag(state.read());
    }

    /** The entity tag of answers computed from the read model in this state. */
    public String entityTag(ProjectionState.Snapshot snapshot) {
        return "W/\"g" + snapshot.generation() + "-" + snapshot.appliedChanges() + "-" + clock.today() + "\"";
    }
}
