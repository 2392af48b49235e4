package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.source.FactSources;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.BodyValidation;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Page;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.funding.domain.EnvelopeAllocation;
import fr.cmq.funding.domain.EnvelopeBalance;
import fr.cmq.funding.domain.FundingEnvelope;
import fr.cmq.funding.events.FundingEventData;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Use cases of multi-campus envelopes; each write runs in one transaction with its outbox events. */
@ApplicationScoped
public class EnvelopeService {

    @Inject
    Outbox outbox;
    @Inject
    CampusDirectory directory;
    @Inject
    BodyValidation validation;
    @Inject
    CmqClock clock;
    @Inject
    FactSources sources;

    /** An envelope, where it stands, and the covered campuses the register knows (by id). */
    public record Statement(FundingEnvelope envelope, EnvelopeBalance balance, Map<UUID, KnownCampus> campuses) {
    }

    /**
     * Creates an envelope over known campuses; a regional caller may cover only campuses of its region
     * (checked before the body). One {@code EnvelopeCreated} event per covered campus (events are keyed by campus).
     */
    @Transactional
    public Statement create(EnvelopeRequest request, Caller caller) {
        List<UUID> covered = request == null || request.campusIds() == null ? List.of() : request.campusIds();
        for (UUID campusId : covered.stream().filter(Objects::nonNull).distinct().toList()) {
            caller.requireWriteOn(directory.require(campusId).regionCode());
        }
        validation.check(request);
        checkRules(request, clock.today());
        FundingEnvelope envelope = FundingEnvelope.create(request.funderName().strip(), request.funderType(),
                request.totalCents(), request.startYear(), request.endYear(), request.modality(), request.campusIds());
        envelope.recordCreation(caller.subject(), clock.now());
        envelope.persistAndFlush();
        Statement statement = statement(envelope);
        EnvelopeState data = FundingEventData.envelope(envelope, statement.balance(), statement.campuses());
        for (UUID campusId : envelope.campusIds) {
            outbox.append(FundingEventTypes.ENVELOPE_CREATED, campusId, caller.subject(), source(campusId, caller), data);
        }
        return statement;
    }

    /**
     * Allocates an amount of the envelope to one of its campuses for a year of its period; the caller must be
     * allowed to write the campus's region (checked before the body). The envelope's row is locked, so
     * concurrent allocations cannot together exceed the total; one that would is refused.
     *
     * @return the envelope after the allocation
     */
    @Transactional
    public Statement allocate(UUID envelopeId, AllocationRequest request, Caller caller) {
        FundingEnvelope envelope = FundingEnvelope.findForAllocation(envelopeId);
        if (envelope == null) {
            throw ProblemException.notFound("Funding envelope " + envelopeId);
        }
        if (request != null && request.campusId() != null) {
            caller.requireWriteOn(directory.require(request.campusId()).regionCode());
        }
        validation.check(request);
        EnvelopeAllocation allocation = envelope.allocate(request.campusId(), request.year(), request.amountCents(),
                allocations(envelopeId), clock.now(), caller.subject());
        allocation.persist();
        envelope.flush();
        Statement statement = statement(envelope);
        outbox.append(FundingEventTypes.ENVELOPE_ALLOCATED, allocation.campusId, caller.subject(),
                source(allocation.campusId, caller),
                FundingEventData.allocation(allocation,
                        FundingEventData.envelope(envelope, statement.balance(), statement.campuses())));
        return statement;
    }

    public Statement get(UUID envelopeId) {
        FundingEnvelope envelope = FundingEnvelope.findById(envelopeId);
        if (envelope == null) {
            throw ProblemException.notFound("Funding envelope " + envelopeId);
        }
        return statement(envelope);
    }

    /** Envelopes by id (keyset pages of {@code size}), optionally only those covering a campus. */
    public Page<Statement> list(UUID campusId, int size, String cursor) {
        String after = Cursors.decode(cursor);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (campusId != null) {
            query.append(" and :campus member of campusIds");
            params.and("campus", campusId);
        }
        if (after != null) {
            try {
                params.and("after", UUID.fromString(after));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "not a cursor given by this API");
            }
            query.append(" and id > :after");
        }
        List<FundingEnvelope> found = FundingEnvelope.find(query.toString(), Sort.by("id"), params)
                .page(0, size + 1).list();
        List<Statement> items = found.stream().limit(size).map(this::statement).toList();
        String next = found.size() > size
                ? Cursors.encode(items.get(items.size() - 1).envelope().id.toString()) : null;
        return new Page<>(items, next);
    }

    private Statement statement(FundingEnvelope envelope) {
        Map<UUID, KnownCampus> campuses = new HashMap<>();
        for (UUID id : envelope.campusIds) {
            directory.find(id).ifPresent(campus -> campuses.put(id, campus));
        }
        return new Statement(envelope, envelope.balance(allocations(envelope.id)), campuses);
    }

    private static List<EnvelopeAllocation> allocations(UUID envelopeId) {
        return EnvelopeAllocation.list("envelopeId", Sort.by("createdAt").and("id"), envelopeId);
    }

    /** Rules beyond each field's own bounds: a period within the year bounds, each campus once. */
    private static void checkRules(EnvelopeRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        checkYear(errors, "startYear", request.startYear(), today);
        checkYear(errors, "endYear", request.endYear(), today);
        if (request.endYear() < request.startYear()) {
            errors.add(new FieldError("endYear", "must not be before startYear"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.campusIds().size(); i++) {
            if (!seen.add(request.campusIds().get(i))) {
                errors.add(new FieldError("campusIds[" + i + "]", "campus listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void checkYear(List<FieldError> errors, String field, Integer year, LocalDate today) {
        try {
            YearBounds.require(field, year, today);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
    }

    /**
     * The source an envelope's event carries for one of its campuses (issue 13): the caller's declaration, or the
     * campus's own demonstration kind. Envelopes are national decisions: no source is given with them.
     */
    private FactSource source(UUID campusId, Caller caller) {
        return sources.resolve(null, caller, directory.require(campusId).sourceKind());
    }
}
