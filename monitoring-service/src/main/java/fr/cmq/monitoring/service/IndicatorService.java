package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.monitoring.domain.IndicatorEntry;
import fr.cmq.monitoring.domain.IndicatorSeries;
import fr.cmq.monitoring.domain.IndicatorTarget;
import fr.cmq.monitoring.domain.IndicatorValue;
import fr.cmq.monitoring.domain.Reading;
import fr.cmq.monitoring.events.SteeringEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Use cases of a campus's indicator targets and values; each write runs in one transaction with its outbox event,
 * and decides who may write (the campus's region) before it validates what is written ({@link CampusWrites}).
 */
@ApplicationScoped
public class IndicatorService {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;
    @Inject
    CampusIndicators indicators;
    @Inject
    EntityManager entityManager;

    /**
     * A written entry, whether the write created it (201) or replaced it (200), and for a value its reading against
     * the target and the previous value (null for a target).
     */
    public record Result<T extends IndicatorEntry>(T entry, boolean created, Reading reading) {
    }

    /** Every indicator of the catalogue for the campus, with its targets and values. */
    public List<IndicatorSeries> series(UUID campusId) {
        directory.require(campusId);
        return indicators.series(campusId);
    }

    /** Sets the target of an indicator for a year and breakdown. Publishes IndicatorTargetSet when it changes. */
    @Transactional
    public Result<IndicatorTarget> setTarget(UUID campusId, String code, String year, BreakdownQuery query,
                                             String ifMatch, TargetRequest request, Caller caller) {
        AtomicReference<IndicatorRules.Entry> checked = new AtomicReference<>();
        UUID campus = writes.open(campusId, caller, request, () -> {
            IndicatorRules.Entry entry = IndicatorRules.entry(code, year, query, clock.today());
            IndicatorRules.checkBounds("value", entry.definition(), request.value());
            checked.set(entry);
        });
        IndicatorRules.Entry e = checked.get();
        Optional<IndicatorTarget> existing = IndicatorTarget.forUpdate(campus, code, e.year(), e.breakdown());
        requireIfMatch(ifMatch, existing);
        FactSource source = writes.source(campus, request.source(), caller);
        IndicatorTarget target = existing.orElseGet(() -> IndicatorTarget.create(campus, code, e.year(),
                e.breakdown()));
        if (existing.isPresent() && target.target.compareTo(request.value()) == 0) {
            return new Result<>(target, false, null); // nothing changed: no new version, no event
        }
        target.target = request.value();
        target.source = source;
        record(target, existing.isEmpty(), caller);
        outbox.append(MonitoringEventTypes.INDICATOR_TARGET_SET, campus, caller.subject(), source,
                SteeringEventData.target(target, e.definition(), indicators.steering(campus)));
        return new Result<>(target, existing.isEmpty(), null);
    }

    /**
     * Declares the value of an indicator for a year and breakdown (a rate from its counts when given). Publishes
     * IndicatorValueDeclared when it changes.
     */
    @Transactional
    public Result<IndicatorValue> declareValue(UUID campusId, String code, String year, BreakdownQuery query,
                                               String ifMatch, ValueRequest request, Caller caller) {
        AtomicReference<IndicatorRules.Entry> checked = new AtomicReference<>();
        AtomicReference<IndicatorValue.Content> content = new AtomicReference<>();
        UUID campus = writes.open(campusId, caller, request, () -> {
            IndicatorRules.Entry entry = IndicatorRules.entry(code, year, query, clock.today());
            content.set(IndicatorRules.value(entry.definition(), request));
            checked.set(entry);
        });
        IndicatorRules.Entry e = checked.get();
        Optional<IndicatorValue> existing = IndicatorValue.forUpdate(campus, code, e.year(), e.breakdown());
        requireIfMatch(ifMatch, existing);
        IndicatorValue value = existing.orElseGet(() -> IndicatorValue.create(campus, code, e.year(), e.breakdown()));
        if (existing.isPresent() && content.get().equals(value.content())) {
            return new Result<>(value, false, reading(campus, value)); // nothing changed: no new version, no event
        }
        value.apply(content.get());
        record(value, existing.isEmpty(), caller);
        outbox.append(MonitoringEventTypes.INDICATOR_VALUE_DECLARED, campus, caller.subject(),
                writes.source(campus, null, caller),
                SteeringEventData.value(value, e.definition(), indicators.steering(campus)));
        return new Result<>(value, existing.isEmpty(), reading(campus, value));
    }

    /** The value as GET .../indicators reads it: with its target, gap to target and trend. */
    private Reading reading(UUID campusId, IndicatorValue value) {
        return indicators.series(campusId).stream().filter(s -> s.definition().code().equals(value.indicatorCode))
                .flatMap(s -> s.values().stream())
                .filter(r -> r.year() == value.year && r.breakdown().equals(value.breakdown()))
                .findFirst().orElseThrow();
    }

    /** Creating needs no If-Match (any is 412); replacing needs the entry's current ETag (428 / 412). */
    private static void requireIfMatch(String ifMatch, Optional<? extends IndicatorEntry> existing) {
        ConditionalRequests.requireIfMatch(ifMatch, existing.map(x -> ETags.of(x.version())).orElse(null));
    }

    private void record(IndicatorEntry entry, boolean created, Caller caller) {
        if (created) {
            entry.recordCreation(caller.subject(), clock.now());
            entry.persist();
        } else {
            entry.recordUpdate(caller.subject(), clock.now());
        }
        entityManager.flush(); // the new version exists from here, and the steering state counts the change
    }
}
