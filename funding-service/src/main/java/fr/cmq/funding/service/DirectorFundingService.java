package fr.cmq.funding.service;

import jakarta.inject.Inject;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.persistence.CampusLocks;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.BodyValidation;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.funding.domain.DirectorFunding;
import fr.cmq.funding.domain.DirectorShare;
import fr.cmq.funding.events.FundingEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the operational director post's co-financing (recommendation 7). */
@ApplicationScoped
public class DirectorFundingService {

    @Inject
    Outbox outbox;
    @Inject
    CampusDirectory directory;
    @Inject
    CampusLocks locks;
    @Inject
    BodyValidation validation;
    @Inject
    CmqClock clock;

    /** The outcome of a replacement: the co-financing after it, and whether it was created by it. */
    public record Saved(DirectorFunding funding, boolean created) {
    }

    /**
     * Creates or replaces (with the current If-Match) the co-financing of a year; the caller must be allowed
     * to write the campus's region (checked before the body); the shares must add to 100 (422).
     */
    @Transactional
    public Saved put(UUID campusId, int year, DirectorFundingRequest request, String ifMatch, Caller caller) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        validation.check(request);
        DirectorFunding.requireWhole(request.shares().stream().map(DirectorFundingRequest.ShareItem::percent).toList());
        locks.lock(campus.id());
        DirectorFunding funding = find(campus.id(), year).orElse(null);
        ConditionalRequests.requireIfMatch(ifMatch, funding == null ? null : ETags.of(funding.version()));
        boolean created = funding == null;
        Instant now = clock.now();
        if (created) {
            funding = DirectorFunding.create(campus.id(), year);
            funding.recordCreation(caller.subject(), now);
        } else {
            funding.recordUpdate(caller.subject(), now);
        }
        String employer = request.employerName() == null || request.employerName().isBlank()
                ? null : request.employerName().strip();
        funding.replace(request.totalCostCents(), employer, request.shares().stream()
                .map(s -> new DirectorShare(s.funderName().strip(), s.funderType(), s.percent())).toList());
        if (created) {
            funding.persist();
        }
        funding.flush();
        outbox.append(created ? FundingEventTypes.DIRECTOR_FUNDING_DECLARED
                : FundingEventTypes.DIRECTOR_FUNDING_UPDATED, campus.id(), caller.subject(),
                FundingEventData.directorFunding(funding));
        return new Saved(funding, created);
    }

    public DirectorFunding get(UUID campusId, int year) {
        directory.require(campusId);
        return find(campusId, year).orElseThrow(() -> ProblemException.notFound("The director funding of campus "
                + campusId + " for " + year));
    }

    private static Optional<DirectorFunding> find(UUID campusId, int year) {
        return DirectorFunding.find("campusId = ?1 and year = ?2", campusId, year).firstResultOptional();
    }
}
