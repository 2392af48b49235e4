package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.EventPayload;
import fr.cmq.funding.domain.CampusYearRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The PUT of a campus's record that is replaced wholesale (a year's budget, a year's director co-financing), step by
 * step, the same for every such record:
 * <ol>
 * <li>the first steps of every write on a campus (platform-common {@link CampusWrites}): the campus must be known
 * (404); the caller must be allowed to write its region (403), decided before the body is validated; the body is
 * validated (400 naming each field), then checked against the record's own rules; the campus is locked;</li>
 * <li>a record that does not exist yet is created without {@code If-Match} (412 if one is sent, as RFC 9110 asks);
 * an existing one is replaced only with an {@code If-Match} naming its current version (428 without, 412 when
 * stale);</li>
 * <li>its event (declared or updated) goes to the outbox in the same transaction.</li>
 * </ol>
 */
@ApplicationScoped
public class CampusRecordWriter {

    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;

    /** The outcome of a PUT: the record after it, whether the PUT created it, and whether it changed it. */
    public record Saved<T extends CampusYearRecord>(T entity, boolean created, boolean changed) {

        public Saved(T entity, boolean created) {
            this(entity, created, true);
        }
    }

    /** The events of one kind of record: its type when created, its type when replaced, and its payload. */
    record Events<T>(String declared, String updated, Function<T, ? extends EventPayload> data) {
    }

    /**
     * Creates or replaces a record of the campus, within the caller's transaction.
     *
     * @param request      the body, validated after the region check
     * @param rules        what the body must satisfy beyond each field's own bounds, checked after the validation
     * @param currentOrNew the campus's record (read once the campus is locked), or a new one, not yet persisted
     * @param replace      puts the body's content into the record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    <T extends CampusYearRecord> Saved<T> put(UUID campusId, String ifMatch, Caller caller, Object request,
                                              SourceRequest requested, Runnable rules, Function<UUID, T> currentOrNew,
                                              Consumer<T> replace, Events<T> events) {
        UUID campus = writes.open(campusId, caller, request, rules);
        FactSource source = writes.source(campus, requested, caller);
        T entity = currentOrNew.apply(campus);
        boolean created = !entity.isPersistent();
        ConditionalRequests.requireIfMatch(ifMatch, created ? null : ETags.of(entity.version()));
        return write(campus, entity, created, caller, source, replace, events);
    }

    /**
     * Creates or replaces a record of the campus without If-Match (a line of an import): as {@link #put}, except that
     * a replacement equal to the record (the same event payload) leaves it as it is and publishes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    <T extends CampusYearRecord> Saved<T> replace(UUID campusId, Caller caller, Object request,
                                                  SourceRequest requested, Runnable rules,
                                                  Function<UUID, T> currentOrNew, Consumer<T> replace,
                                                  Events<T> events) {
        UUID campus = writes.open(campusId, caller, request, rules);
        FactSource source = writes.source(campus, requested, caller);
        T entity = currentOrNew.apply(campus);
        if (entity.isPersistent()) {
            Object before = events.data().apply(entity);
            replace.accept(entity);
            if (before.equals(events.data().apply(entity))) {
                return new Saved<>(entity, false, false); // the source stays: no fact changed
            }
        }
        return write(campus, entity, !entity.isPersistent(), caller, source, replace, events);
    }

    private <T extends CampusYearRecord> Saved<T> write(UUID campus, T entity, boolean created, Caller caller,
                                                        FactSource source, Consumer<T> replace, Events<T> events) {
        Instant now = clock.now();
        if (created) {
            entity.recordCreation(caller.subject(), now);
        } else {
            entity.recordUpdate(caller.subject(), now);
        }
        replace.accept(entity);
        entity.source = source;
        if (created) {
            entity.persist();
        }
        entity.flush();
        outbox.append(created ? events.declared() : events.updated(), campus, caller.subject(), source,
                events.data().apply(entity));
        return new Saved<>(entity, created);
    }

    /** An optional text of a body as a record keeps it: stripped, null when absent or blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
