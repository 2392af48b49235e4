package fr.cmq.funding.service;

import jakarta.inject.Inject;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.funding.domain.DirectorFunding;
import fr.cmq.funding.domain.DirectorShare;
import fr.cmq.funding.events.FundingEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Use cases of the operational director post's co-financing (recommendation 7). */
@ApplicationScoped
public class DirectorFundingService {

    private static final CampusRecordWriter.Events<DirectorFunding> EVENTS = new CampusRecordWriter.Events<>(
            FundingEventTypes.DIRECTOR_FUNDING_DECLARED, FundingEventTypes.DIRECTOR_FUNDING_UPDATED,
            FundingEventData::directorFunding);

    @Inject
    CampusRecordWriter writer;
    @Inject
    CampusDirectory directory;

    /**
     * Creates or replaces the co-financing of a year, the way {@link CampusRecordWriter} puts a campus's record
     * (region checked before the body; If-Match to replace); the shares must add to 100 (422).
     */
    @Transactional
    public CampusRecordWriter.Saved<DirectorFunding> put(UUID campusId, int year, DirectorFundingRequest request,
                                                         String ifMatch, Caller caller) {
        return writer.put(campusId, ifMatch, caller, request, request == null ? null : request.source(),
                () -> DirectorFunding.requireWhole(
                        request.shares().stream().map(DirectorFundingRequest.ShareItem::percent).toList()),
                campus -> find(campus, year).orElseGet(() -> new DirectorFunding(campus, year)),
                funding -> funding.replace(request.totalCostCents(), CampusRecordWriter.optional(request.employerName()),
                        request.shares().stream().map(s -> new DirectorShare(s.funderName().strip(), s.funderType(),
                                s.percent())).toList()),
                EVENTS);
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
