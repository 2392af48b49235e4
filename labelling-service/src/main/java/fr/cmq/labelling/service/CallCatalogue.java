package fr.cmq.labelling.service;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.labelling.api.CallRequest;
import fr.cmq.labelling.api.CallView;
import fr.cmq.labelling.domain.CallForProjects;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The calls for projects: the five of the report, and the ones the national mission publishes. */
@ApplicationScoped
public class CallCatalogue {

    public List<CallView> list() {
        return CallForProjects.<CallForProjects>listAll(Sort.by("callDate")).stream().map(CallView::of).toList();
    }

    public CallForProjects require(String code) {
        return CallForProjects.<CallForProjects>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Call for projects " + code));
    }

    @Transactional
    public CallView create(CallRequest request, String actor) {
        if (CallForProjects.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A call with code " + request.code() + " already exists");
        }
        CallForProjects call = new CallForProjects();
        call.id = UUID.randomUUID();
        call.code = request.code();
        call.title = request.title().strip();
        call.callDate = request.callDate();
        call.publication = request.publication();
        call.sections = request.sections() == null ? new ArrayList<>() : request.sections().stream()
                .map(s -> new CallForProjects.Section(s.code(), s.label())).toList();
        call.requiredParts = request.requiredParts() == null ? new ArrayList<>()
                : new ArrayList<>(new java.util.LinkedHashSet<>(request.requiredParts()));
        call.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        call.createdBy = actor;
        call.persist();
        return CallView.of(call);
    }
}
