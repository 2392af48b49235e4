package fr.cmq.monitoring.service;

import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.api.PartnerRequest;
import fr.cmq.monitoring.api.PartnerSummary;
import fr.cmq.monitoring.api.PartnerView;
import fr.cmq.monitoring.domain.Identifiers;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerCategory;
import fr.cmq.monitoring.events.MonitoringEvents;
import fr.cmq.monitoring.events.PartnerEventData;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of a campus's partners; each runs in one transaction with its outbox event. */
@ApplicationScoped
public class PartnerService {

    private final Outbox outbox;
    private final CampusLocks locks;

    public PartnerService(Outbox outbox, CampusLocks locks) {
        this.outbox = outbox;
        this.locks = locks;
    }

    @Transactional
    public PartnerView add(KnownCampus campus, PartnerRequest request, String actor) {
        validate(request);
        locks.lock(campus.id());
        if (request.leftOn() == null) {
            requireUniqueIdentifiers(campus.id(), null, request);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.campusId = campus.id();
        partner.version = 1;
        partner.createdAt = now;
        partner.createdBy = actor;
        partner.updatedAt = now;
        partner.updatedBy = actor;
        apply(partner, request);
        partner.persist();
        return publish(MonitoringEvents.PARTNER_ADDED, partner, actor);
    }

    public PartnerView get(UUID campusId, UUID partnerId) {
        return PartnerView.of(find(campusId, partnerId, false));
    }

    public PartnerSummary summary(UUID campusId) {
        return PartnerTypology.of(campusId, Partner.list("campusId = ?1 and leftOn is null", campusId));
    }

    /** Replaces a partner; a left date set for the first time is a departure (PartnerLeft). */
    @Transactional
    public PartnerView replace(KnownCampus campus, UUID partnerId, String ifMatch, PartnerRequest request,
                               String actor) {
        validate(request);
        locks.lock(campus.id());
        Partner partner = find(campus.id(), partnerId, true);
        ETags.requireMatch(ifMatch, partner.version);
        if (partner.leftOn != null && request.leftOn() == null) {
            throw ProblemException.conflict("Partner " + partnerId + " left the campus on " + partner.leftOn
                    + "; its departure stays in the history: add the organisation again if it rejoins");
        }
        if (request.leftOn() == null) {
            requireUniqueIdentifiers(campus.id(), partnerId, request);
        }
        boolean leaves = partner.leftOn == null && request.leftOn() != null;
        PartnerView before = PartnerView.of(partner);
        apply(partner, request);
        if (sameContent(before, PartnerView.of(partner))) {
            return before; // nothing changed: no new version, no event
        }
        partner.version++;
        partner.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        partner.updatedBy = actor;
        return publish(leaves ? MonitoringEvents.PARTNER_LEFT : MonitoringEvents.PARTNER_UPDATED, partner, actor);
    }

    /** Records that a partner left on {@code leftOn} (today if absent); the partner and its history stay. */
    @Transactional
    public PartnerView leave(KnownCampus campus, UUID partnerId, String ifMatch, LocalDate leftOn, String actor) {
        locks.lock(campus.id());
        Partner partner = find(campus.id(), partnerId, true);
        ETags.requireMatch(ifMatch, partner.version);
        if (partner.leftOn != null) {
            throw ProblemException.conflict("Partner " + partnerId + " already left the campus on " + partner.leftOn);
        }
        LocalDate date = leftOn == null ? LocalDate.now(ZoneOffset.UTC) : leftOn;
        requireNotFuture(date);
        if (partner.joinedOn != null && date.isBefore(partner.joinedOn)) {
            throw ProblemException.unprocessable("leftOn", "the left date (" + date
                    + ") is before the joined date (" + partner.joinedOn + ")");
        }
        partner.leftOn = date;
        partner.version++;
        partner.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        partner.updatedBy = actor;
        return publish(MonitoringEvents.PARTNER_LEFT, partner, actor);
    }

    private PartnerView publish(String type, Partner partner, String actor) {
        Partner.flush();
        PartnerView view = PartnerView.of(partner);
        outbox.append(type, partner.campusId, actor, new PartnerEventData(view, summary(partner.campusId)));
        return view;
    }

    private static boolean sameContent(PartnerView a, PartnerView b) {
        return a.name().equals(b.name()) && Objects.equals(a.siret(), b.siret()) && Objects.equals(a.uai(), b.uai())
                && a.category() == b.category() && a.companySize() == b.companySize() && a.sector() == b.sector()
                && a.trainingRole() == b.trainingRole() && a.membershipBasis() == b.membershipBasis()
                && a.inGovernance() == b.inGovernance() && a.workingGroups().equals(b.workingGroups())
                && Objects.equals(a.joinedOn(), b.joinedOn()) && Objects.equals(a.leftOn(), b.leftOn());
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
        for (String field : List.of("siret", "uai")) {
            String value = field.equals("siret") ? r.siret() : r.uai();
            if (value == null) {
                continue;
            }
            String query = "campusId = :campus and " + field + " = :value and leftOn is null"
                    + (self == null ? "" : " and id <> :self");
            Parameters params = Parameters.with("campus", campusId).and("value", value);
            if (self != null) {
                params.and("self", self);
            }
            if (Partner.count(query, params) > 0) {
                throw new ProblemException(409, "conflict", "Conflict", "An active partner of campus " + campusId
                        + " already has " + field.toUpperCase() + " " + value,
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
        p.workingGroups.clear();
        if (r.workingGroups() != null) {
            r.workingGroups().forEach(theme -> p.workingGroups.add(theme.strip()));
        }
        p.joinedOn = r.joinedOn();
        p.leftOn = r.leftOn();
    }

    /** Rules between fields: malformed identifiers and company size are 400; dates out of order are 422. */
    static void validate(PartnerRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.siret() != null && !Identifiers.isSiret(r.siret())) {
            errors.add(new FieldError("siret", "must be 14 digits passing the Luhn check"));
        }
        if (r.category() == PartnerCategory.COMPANY && r.companySize() == null) {
            errors.add(new FieldError("companySize", "required when category is COMPANY"));
        }
        if (r.category() != PartnerCategory.COMPANY && r.companySize() != null) {
            errors.add(new FieldError("companySize", "only for category COMPANY"));
        }
        if (r.workingGroups() != null
                && r.workingGroups().stream().map(String::strip).distinct().count() != r.workingGroups().size()) {
            errors.add(new FieldError("workingGroups", "a theme is listed twice"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (r.joinedOn() != null && r.leftOn() != null && r.leftOn().isBefore(r.joinedOn())) {
            throw ProblemException.unprocessable("leftOn", "the left date (" + r.leftOn()
                    + ") is before the joined date (" + r.joinedOn() + ")");
        }
        if (r.leftOn() != null) {
            requireNotFuture(r.leftOn());
        }
    }

    /** A departure is recorded once it happened: a left date cannot be in the future (UTC). */
    private static void requireNotFuture(LocalDate leftOn) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (leftOn.isAfter(today)) {
            throw ProblemException.unprocessable("leftOn", "the left date (" + leftOn
                    + ") is in the future; record the departure once it has happened");
        }
    }
}
