package fr.cmq.funding.service;

import jakarta.inject.Inject;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.outbox.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The audit trail of a campus's funding: the events this service wrote about it (its outbox). */
@ApplicationScoped
public class FundingHistoryService {

    @Inject
    Outbox outbox;
    @Inject
    CampusDirectory directory;

    /** Every accepted write on the campus's budgets, director co-financing and envelopes, oldest first. */
    public List<RecordedEvent> of(UUID campusId) {
        directory.require(campusId);
        return outbox.trail(campusId);
    }
}
