package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.funding.api.DirectorFundingRequest;
import fr.cmq.funding.api.DirectorFundingView;
import fr.cmq.funding.domain.DirectorFunding;
import fr.cmq.funding.domain.DirectorShare;
import fr.cmq.funding.events.FundingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the operational director post's co-financing (recommendation 7). */
@ApplicationScoped
public class DirectorFundings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Outbox outbox;
    private final CampusDirectory directory;
    private final CampusLock campusLock;

    public DirectorFundings(Outbox outbox, CampusDirectory directory, CampusLock campusLock) {
        this.outbox = outbox;
        this.directory = directory;
        this.campusLock = campusLock;
    }

    public record Saved(DirectorFundingView funding, boolean created) {
    }

    /** Creates or replaces (with the current If-Match) the co-financing of a year; shares must add to 100. */
    @Transactional
    public Saved put(KnownCampus campus, int year, DirectorFundingRequest request, String ifMatch, String actor,
                     boolean withAudit) {
        BigDecimal sum = request.shares().stream().map(DirectorFundingRequest.ShareItem::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw ProblemException.unprocessable("shares", "the shares add to " + sum.stripTrailingZeros().toPlainString()
                    + " %, not 100 %");
        }
        campusLock.lock(campus.id());
        Optional<DirectorFunding> existing = find(campus.id(), year);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean created = existing.isEmpty();
        DirectorFunding funding;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "No director funding exists yet for " + year + "; create it without If-Match",
                        List.of(new FieldError("If-Match", "stale")));
            }
            funding = new DirectorFunding();
            funding.id = UUID.randomUUID();
            funding.campusId = campus.id();
            funding.year = year;
            funding.version = 1;
            funding.createdAt = now;
            funding.createdBy = actor;
        } else {
            funding = existing.get();
            ETags.requireMatch(ifMatch, funding.version);
            funding.version++;
        }
        funding.totalCostCents = request.totalCostCents();
        funding.employerName = request.employerName() == null || request.employerName().isBlank()
                ? null : request.employerName().strip();
        funding.shares.clear();
        for (DirectorFundingRequest.ShareItem item : request.shares()) {
            DirectorShare share = new DirectorShare();
            share.funderName = item.funderName().strip();
            share.funderType = item.funderType();
            share.percent = item.percent().setScale(1);
            funding.shares.add(share);
        }
        funding.updatedAt = now;
        funding.updatedBy = actor;
        if (created) {
            funding.persist();
        }
        funding.flush();
        outbox.append(created ? FundingEvents.DIRECTOR_FUNDING_DECLARED : FundingEvents.DIRECTOR_FUNDING_UPDATED,
                campus.id(), actor, DirectorFundingView.of(funding, false));
        return new Saved(DirectorFundingView.of(funding, withAudit), created);
    }

    public DirectorFundingView get(UUID campusId, int year, boolean withAudit) {
        directory.require(campusId);
        return find(campusId, year).map(f -> DirectorFundingView.of(f, withAudit))
                .orElseThrow(() -> ProblemException.notFound("The director funding of campus " + campusId
                        + " for " + year));
    }

    private static Optional<DirectorFunding> find(UUID campusId, int year) {
        return DirectorFunding.find("campusId = ?1 and year = ?2", campusId, year).firstResultOptional();
    }
}
