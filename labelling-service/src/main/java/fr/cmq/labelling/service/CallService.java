package fr.cmq.labelling.service;

import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.BodyValidation;
import fr.cmq.labelling.domain.CallForProjects;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** The calls for projects: the five of the report, and the ones the national mission publishes. */
@ApplicationScoped
public class CallService {

    @Inject
    CmqClock clock;
    @Inject
    BodyValidation validation;

    /** Oldest first. */
    public List<CallForProjects> list() {
        return CallForProjects.listAll(Sort.by("callDate"));
    }

    public CallForProjects require(String code) {
        return CallForProjects.byCode(code).orElseThrow(() -> ProblemException.notFound("Call for projects " + code));
    }

    /** Publishes a call (national only: the resource's role check); a code already used answers 409. */
    @Transactional
    public CallForProjects create(CallRequest request, Caller caller) {
        validation.check(request);
        if (CallForProjects.byCode(request.code()).isPresent()) {
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
                : new ArrayList<>(new LinkedHashSet<>(request.requiredParts()));
        call.recordCreation(caller.subject(), clock.now());
        call.persist();
        return call;
    }
}
