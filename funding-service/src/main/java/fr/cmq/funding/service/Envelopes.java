package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Page;
import fr.cmq.funding.api.AllocationRequest;
import fr.cmq.funding.api.EnvelopeRequest;
import fr.cmq.funding.api.EnvelopeView;
import fr.cmq.funding.api.Limits;
import fr.cmq.funding.domain.EnvelopeAllocation;
import fr.cmq.funding.domain.FundingEnvelope;
import fr.cmq.funding.events.FundingEvents;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Use cases of multi-campus envelopes; each write runs in one transaction with its outbox events. */
@ApplicationScoped
public class Envelopes {

    private final Outbox outbox;
    private final CampusDirectory directory;

    public Envelopes(Outbox outbox, CampusDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    /** An allocation and the envelope after it: the data of an {@code EnvelopeAllocated} event. */
    public record Allocated(EnvelopeView.AllocationView allocation, EnvelopeView envelope) {
    }

    /**
     * Creates an envelope over known campuses; a regional caller may cover only campuses of its region.
     * One {@code EnvelopeCreated} event per covered campus (events are keyed by campus).
     */
    @Transactional
    public EnvelopeView create(EnvelopeRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        checkYear(errors, "startYear", request.startYear());
        checkYear(errors, "endYear", request.endYear());
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
        List<KnownCampus> campuses = request.campusIds().stream().map(directory::require).toList();
        for (KnownCampus campus : campuses) {
            caller.requireWriteOn(campus.regionCode());
        }
        FundingEnvelope envelope = new FundingEnvelope();
        envelope.id = UUID.randomUUID();
        envelope.funderName = request.funderName().strip();
        envelope.funderType = request.funderType();
        envelope.totalCents = request.totalCents();
        envelope.startYear = request.startYear();
        envelope.endYear = request.endYear();
        envelope.modality = request.modality();
        envelope.campusIds = new ArrayList<>(request.campusIds());
        envelope.version = 1;
        envelope.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        envelope.createdBy = caller.subject();
        envelope.persist();
        EnvelopeView view = view(envelope);
        for (UUID campusId : envelope.campusIds) {
            outbox.append(FundingEvents.ENVELOPE_CREATED, campusId, caller.subject(), view);
        }
        return view;
    }

    /**
     * Allocates an amount of the envelope to one of its campuses for a year of its period. The envelope's
     * row is locked, so concurrent allocations cannot together exceed the total; one that would is refused.
     */
    @Transactional
    public Allocated allocate(UUID envelopeId, AllocationRequest request, Caller caller) {
        FundingEnvelope envelope = FundingEnvelope.findById(envelopeId, LockModeType.PESSIMISTIC_WRITE);
        if (envelope == null) {
            throw ProblemException.notFound("Funding envelope " + envelopeId);
        }
        KnownCampus campus = directory.require(request.campusId());
        caller.requireWriteOn(campus.regionCode());
        if (!envelope.campusIds.contains(campus.id())) {
            throw ProblemException.unprocessable("campusId", "campus " + campus.id()
                    + " is not covered by this envelope");
        }
        if (request.year() < envelope.startYear || request.year() > envelope.endYear) {
            throw ProblemException.unprocessable("year", "year " + request.year() + " is outside the envelope's"
                    + " period " + envelope.startYear + "-" + envelope.endYear);
        }
        long allocated = allocations(envelopeId).stream().mapToLong(a -> a.amountCents).sum();
        long remaining = envelope.totalCents - allocated;
        if (request.amountCents() > remaining) {
            throw ProblemException.unprocessable("amountCents", "allocating " + request.amountCents()
                    + " cents would exceed the envelope: " + remaining + " cents remain of " + envelope.totalCents);
        }
        EnvelopeAllocation allocation = new EnvelopeAllocation();
        allocation.id = UUID.randomUUID();
        allocation.envelopeId = envelopeId;
        allocation.campusId = campus.id();
        allocation.year = request.year();
        allocation.amountCents = request.amountCents();
        allocation.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        allocation.createdBy = caller.subject();
        allocation.persist();
        envelope.version++;
        envelope.flush();
        EnvelopeView view = view(envelope);
        Allocated result = new Allocated(new EnvelopeView.AllocationView(allocation.id, allocation.campusId,
                allocation.year, allocation.amountCents, allocation.createdAt), view);
        outbox.append(FundingEvents.ENVELOPE_ALLOCATED, campus.id(), caller.subject(), result);
        return result;
    }

    public EnvelopeView get(UUID envelopeId) {
        FundingEnvelope envelope = FundingEnvelope.findById(envelopeId);
        if (envelope == null) {
            throw ProblemException.notFound("Funding envelope " + envelopeId);
        }
        return view(envelope);
    }

    /** Envelopes by id (keyset pages), optionally only those covering a campus. */
    public Page<EnvelopeView> list(UUID campusId, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        StringBuilder query = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
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
        List<EnvelopeView> items = found.stream().limit(size).map(this::view).toList();
        String next = found.size() > size ? Cursors.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(items, next);
    }

    private EnvelopeView view(FundingEnvelope envelope) {
        return EnvelopeView.of(envelope, allocations(envelope.id), id -> directory.find(id).orElse(null));
    }

    private static List<EnvelopeAllocation> allocations(UUID envelopeId) {
        return EnvelopeAllocation.list("envelopeId", Sort.by("createdAt").and("id"), envelopeId);
    }

    private static void checkYear(List<FieldError> errors, String field, Integer year) {
        try {
            Limits.requireYear(field, year);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
    }
}
