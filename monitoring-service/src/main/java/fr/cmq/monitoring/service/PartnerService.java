package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.imports.ImportOutcome;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerTypology;
import fr.cmq.monitoring.events.MonitoringEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of a campus's partners; each write runs in one transaction with its outbox event, and decides who
 * may write (the campus's region) before it validates what is written ({@link CampusWrites}).
 */
@ApplicationScoped
public class PartnerService {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;

    /** One page of partners in identifier order, and whether more follow. */
    public record Slice(List<Partner> partners, boolean more) {
    }

    /**
     * The campus's partners after {@code after} (by identifier), at most {@code limit}; only the active ones
     * ({@code active} true), only those that left (false) or all (null); of one category if given.
     */
    public Slice list(UUID campusId, Boolean active, PartnerCategory category, UUID after, int limit) {
        directory.require(campusId);
        List<Partner> found = Partner.pageOf(campusId, active, category, after, limit + 1);
        return new Slice(found.subList(0, Math.min(limit, found.size())), found.size() > limit);
    }

    public Partner get(UUID campusId, UUID partnerId) {
        directory.require(campusId);
        return find(campusId, partnerId, false);
    }

    public PartnerTypology typology(UUID campusId) {
        directory.require(campusId);
        return activeTypology(campusId);
    }

    @Transactional
    public Partner add(UUID campusId, PartnerRequest request, Caller caller) {
        UUID campus = open(campusId, request, caller);
        FactSource source = writes.source(campus, request.source(), caller);
        if (request.leftOn() == null) {
            requireUniqueIdentifiers(campus, null, request);
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.campusId = campus;
        partner.source = source;
        partner.recordCreation(caller.subject(), clock.now());
        apply(partner, request);
        partner.persist();
        return publish(MonitoringEventTypes.PARTNER_ADDED, partner, caller);
    }

    /** Replaces a partner; a left date set for the first time is a departure (PartnerLeft). */
    @Transactional
    public Partner replace(UUID campusId, UUID partnerId, String ifMatch, PartnerRequest request, Caller caller) {
        UUID campus = open(campusId, request, caller);
        return replace(campus, matching(campus, partnerId, ifMatch), request, caller);
    }

    private Partner replace(UUID campus, Partner partner, PartnerRequest request, Caller caller) {
        UUID partnerId = partner.id;
        FactSource source = writes.source(campus, request.source(), caller);
        if (partner.leftOn != null && request.leftOn() == null) {
            throw ProblemException.conflict("Partner " + partnerId + " left the campus on " + partner.leftOn
                    + "; its departure stays in the history: add the organisation again if it rejoins");
        }
        if (request.leftOn() == null) {
            requireUniqueIdentifiers(campus, partnerId, request);
        }
        boolean leaves = partner.leftOn == null && request.leftOn() != null;
        Partner.Content before = partner.content();
        apply(partner, request);
        if (before.equals(partner.content())) {
            return partner; // nothing changed: no new version, no event (the source stays)
        }
        partner.source = source;
        return publish(leaves ? MonitoringEventTypes.PARTNER_LEFT : MonitoringEventTypes.PARTNER_UPDATED,
                changed(partner, caller), caller);
    }

    /**
     * The partner line of an import: adds the partner under the id the portal chose (PartnerAdded), or replaces it
     * as {@link #replace} does, without If-Match (PartnerUpdated, PartnerLeft); an equal line changes nothing.
     */
    @Transactional
    public ImportOutcome importPartner(UUID campusId, UUID partnerId, PartnerRequest request, Caller caller) {
        UUID campus = open(campusId, request, caller);
        Partner partner = Partner.findById(partnerId, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            FactSource source = writes.source(campus, request.source(), caller);
            if (request.leftOn() == null) {
                requireUniqueIdentifiers(campus, null, request);
            }
            partner = new Partner();
            partner.id = partnerId;
            partner.campusId = campus;
            partner.source = source;
            partner.recordCreation(caller.subject(), clock.now());
            apply(partner, request);
            partner.persist();
            publish(MonitoringEventTypes.PARTNER_ADDED, partner, caller);
            return ImportOutcome.CREATED;
        }
        if (!partner.campusId.equals(campus)) {
            throw ProblemException.unprocessable("partnerId", "partner " + partnerId + " is a partner of another campus");
        }
        long version = partner.version();
        replace(campus, partner, request, caller);
        return partner.version() == version ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
    }

    /** Records that a partner left on {@code leftOn} (today in France if absent); the partner and its history stay. */
    @Transactional
    public Partner leave(UUID campusId, UUID partnerId, String ifMatch, LocalDate leftOn, Caller caller) {
        Partner partner = matching(writes.open(campusId, caller), partnerId, ifMatch);
        FactSource source = writes.source(partner.campusId, null, caller);
        if (partner.leftOn != null) {
            throw ProblemException.conflict("Partner " + partnerId + " already left the campus on " + partner.leftOn);
        }
        LocalDate date = leftOn == null ? clock.today() : leftOn;
        PartnerRules.checkLeftOn(date, partner.joinedOn, clock.today());
        partner.leftOn = date;
        partner.source = source;
        return publish(MonitoringEventTypes.PARTNER_LEFT, changed(partner, caller), caller);
    }

    /** Opens the write of a partner's body on the campus: who may write, the body and its rules, the lock. */
    private UUID open(UUID campusId, PartnerRequest request, Caller caller) {
        return writes.open(campusId, caller, request, () -> PartnerRules.check(request, clock.today()));
    }

    /** The partner of the (locked) campus, locked in turn, once {@code ifMatch} names its current version. */
    private static Partner matching(UUID campusId, UUID partnerId, String ifMatch) {
        Partner partner = find(campusId, partnerId, true);
        ConditionalRequests.requireIfMatch(ifMatch, ETags.of(partner.version()));
        return partner;
    }

    private Partner changed(Partner partner, Caller caller) {
        partner.recordUpdate(caller.subject(), clock.now());
        return partner;
    }

    /** Appends the partner's event with the campus's typology after the change (flushed first: it counts it). */
    private Partner publish(String type, Partner partner, Caller caller) {
        Partner.flush(); // the new version exists from here
        outbox.append(type, partner.campusId, caller.subject(), partner.source,
                MonitoringEventData.partner(partner, activeTypology(partner.campusId)));
        return partner;
    }

    private static PartnerTypology activeTypology(UUID campusId) {
        return PartnerTypology.of(Partner.activeOf(campusId));
    }

    private static Partner find(UUID campusId, UUID partnerId, boolean forUpdate) {
        Partner partner = forUpdate ? Partner.findById(partnerId, LockModeType.PESSIMISTIC_WRITE)
                : Partner.findById(partnerId);
        if (partner == null || !partner.campusId.equals(campusId)) {
            throw ProblemException.notFound("Partner " + partnerId + " of campus " + campusId);
        }
        return partner;
    }

    /** 409 when another active partner of the campus has the same SIRET or UAI. */
    private static void requireUniqueIdentifiers(UUID campusId, UUID self, PartnerRequest r) {
        for (Partner.Identifier identifier : Partner.Identifier.values()) {
            String value = identifier == Partner.Identifier.SIRET ? r.siret() : r.uai();
            if (value != null && Partner.activeWithIdentifier(campusId, identifier, value, self)) {
                String field = identifier.name().toLowerCase();
                throw new ProblemException(409, "conflict", "Conflict", "An active partner of campus " + campusId
                        + " already has " + identifier + " " + value,
                        List.of(new FieldError(field, "already used by an active partner of this campus")));
            }
        }
    }

    private static void apply(Partner p, PartnerRequest r) {
        p.name = r.name().strip();
        p.siret = r.siret();
        p.uai = r.uai();
        p.category = r.category();
        p.companySize = r.companySize();
        p.sector = r.sector();
        p.trainingRole = r.trainingRole();
        p.membershipBasis = r.membershipBasis();
        p.inGovernance = r.inGovernance();
        p.workingGroups = AuditedEntity.keepOrReplace(p.workingGroups, WorkingGroups.stripped(r.workingGroups()));
        p.joinedOn = r.joinedOn();
        p.leftOn = r.leftOn();
    }
}
