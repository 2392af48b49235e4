package fr.cmq.common.security;

import fr.cmq.common.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.Set;

/**
 * Who may write is decided before what is written is read. The role comes first ({@code @RolesAllowed} on every
 * write method: 401 without a valid token, 403 for a reader), then this filter: on a write whose path names a
 * campus, an application or an envelope ({@link WriteTarget}), a regional token may go on only if the target belongs
 * to its region (403 otherwise, 404 when the target does not exist). Only then is the body read, bound and validated,
 * so that an outsider learns nothing about the body's rules or the resource. A write whose target is named by its
 * body only (a new campus, a new envelope) is decided by the use case once the body is read, before it is validated.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class WriteAuthorization implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Caller caller;
    @Inject
    Instance<WriteTarget> targets;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getPathParameters();
        for (WriteTarget target : targets) {
            String value = parameters.getFirst(target.pathParameter());
            if (value != null && !caller.isNational()) {
                Set<String> regions = regionsOf(target, value);
                // the caller's own region when the target is in it, else one of the target's: 403 unless national
                caller.requireWriteOn(caller.region() != null && regions.contains(caller.region()) ? caller.region()
                        : regions.stream().sorted().findFirst().orElse(null));
            }
        }
    }

    private static Set<String> regionsOf(WriteTarget target, String value) {
        Optional<Set<String>> regions = target.regionsOf(value);
        return regions.orElseThrow(() -> ProblemException.notFound(target.pathParameter() + " " + value));
    }
}
