package fr.cmq.testing.idempotency;

import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.source.FactSource;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A write as every service makes it, for {@link IdempotencyTest}: a use case in one transaction that appends its event
 * to the outbox (a CampusRegistered of a new campus id, on cmq.labelling.events), answered 201 with Location, ETag and
 * a body; or 200 with the body only (an entity returned, as issueOpinion does). {@code refuse} throws the use case's
 * 422 after the event was appended; {@code hold} keeps the transaction open until the test releases it.
 */
@Path("/test/idempotent-writes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
public class IdempotentWriteResource {

    public record WriteRequest(String designation, Boolean refuse, Boolean hold) {
    }

    public record Written(UUID id, String designation) {
    }

    /** Completed when a held write is inside its transaction; the test then completes {@link #release}. */
    public static volatile CompletableFuture<Void> held = new CompletableFuture<>();
    public static volatile CompletableFuture<Void> release = new CompletableFuture<>();

    @Inject
    Writes writes;
    @Inject
    Caller caller;

    @POST
    public Response create(WriteRequest request, UriInfo uri) {
        Written written = writes.write(request, caller);
        return Response.created(uri.getBaseUriBuilder().path("test/idempotent-writes").path(written.id().toString())
                .build()).header(HttpHeaders.ETAG, "\"1\"").entity(written).build();
    }

    @POST
    @Path("/plain")
    public Written createPlain(WriteRequest request) {
        return writes.write(request, caller);
    }

    @ApplicationScoped
    public static class Writes {

        @Inject
        Outbox outbox;

        @Transactional
        public Written write(WriteRequest request, Caller caller) {
            UUID id = UUID.randomUUID();
            outbox.append(LabellingEventTypes.CAMPUS_REGISTERED, id, caller.subject(), FactSource.declared("NATIONAL", null), new CampusState(
                    request.designation(), "MATERIALS", null, "76", null, List.of(), null, List.of(), List.of(), null));
            if (Boolean.TRUE.equals(request.hold())) {
                held.complete(null);
                release.orTimeout(30, TimeUnit.SECONDS).join();
            }
            if (Boolean.TRUE.equals(request.refuse())) {
                throw ProblemException.unprocessable("refuse", "refused after the event was appended");
            }
            return new Written(id, request.designation());
        }
    }
}
