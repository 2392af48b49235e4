package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.monitoring.domain.IndicatorCatalogue;
import fr.cmq.monitoring.domain.SelfAssessment;
import fr.cmq.monitoring.events.SteeringEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Use cases of a campus's annual self-assessment (recommendation 15, [10], [196]); each write publishes
 * SelfAssessmentSubmitted, from which the labelling service learns that a renewal can rest on it.
 */
@ApplicationScoped
public class SelfAssessmentService {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;
    @Inject
    EntityManager entityManager;

    /** The written self-assessment and whether the write created it (201) or replaced it (200). */
    public record Result(SelfAssessment assessment, boolean created) {
    }

    public List<SelfAssessment> list(UUID campusId) {
        directory.require(campusId);
        return SelfAssessment.ofCampus(campusId);
    }

    public SelfAssessment get(UUID campusId, String year) {
        directory.require(campusId);
        int y = Params.year("year", year, clock.today());
        return SelfAssessment.of(campusId, y).orElseThrow(() -> ProblemException.notFound(
                "Self-assessment " + y + " of campus " + campusId));
    }

    /** Creates (no If-Match) or replaces (If-Match) the self-assessment of a year that has begun. */
    @Transactional
    public Result put(UUID campusId, String year, String ifMatch, SelfAssessmentRequest request, Caller caller) {
        AtomicInteger assessed = new AtomicInteger();
        UUID campus = writes.open(campusId, caller, request, () -> {
            int y = Params.year("year", year, clock.today());
            if (y > clock.year()) {
                throw ProblemException.unprocessable("year", "a year that has not begun cannot be assessed");
            }
            checkIndicators(request.indicatorCodes());
            assessed.set(y);
        });
        Optional<SelfAssessment> existing = SelfAssessment.forUpdate(campus, assessed.get());
        ConditionalRequests.requireIfMatch(ifMatch, existing.map(s -> ETags.of(s.version())).orElse(null));
        FactSource source = writes.source(campus, request.source(), caller);
        SelfAssessment assessment = existing.orElseGet(() -> {
            SelfAssessment s = new SelfAssessment();
            s.id = UUID.randomUUID();
            s.campusId = campus;
            s.year = assessed.get();
            return s;
        });
        SelfAssessment.Content content = new SelfAssessment.Content(stripped(request.strengths()),
                stripped(request.weaknesses()), stripped(request.actionsDecided()), List.copyOf(request.indicatorCodes()));
        if (existing.isPresent() && content.equals(assessment.content())) {
            return new Result(assessment, false); // nothing changed: no new version, no event
        }
        assessment.apply(content);
        assessment.source = source;
        if (existing.isEmpty()) {
            assessment.recordCreation(caller.subject(), clock.now());
            assessment.persist();
        } else {
            assessment.recordUpdate(caller.subject(), clock.now());
        }
        entityManager.flush(); // the new version exists from here
        outbox.append(MonitoringEventTypes.SELF_ASSESSMENT_SUBMITTED, campus, caller.subject(),
                source, SteeringEventData.selfAssessment(assessment));
        return new Result(assessment, existing.isEmpty());
    }

    /** Every code in the catalogue, each once (400 naming indicatorCodes[i]). */
    private static void checkIndicators(List<String> codes) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (IndicatorCatalogue.standard().find(code).isEmpty()) {
                errors.add(new FieldError("indicatorCodes[" + i + "]", "not an indicator of the catalogue"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("indicatorCodes[" + i + "]", "listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static List<String> stripped(List<String> items) {
        return items.stream().map(String::strip).toList();
    }
}
