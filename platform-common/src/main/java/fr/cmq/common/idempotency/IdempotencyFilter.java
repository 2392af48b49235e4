package fr.cmq.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.problem.Problem;
import fr.cmq.common.problem.ProblemMappers;
import fr.cmq.common.security.Caller;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Safe retries of every POST: {@code Idempotency-Key} (IETF httpapi draft) on any POST of the application's REST
 * resources, without a line in them. On the request, after authentication and after the write authorisation
 * ({@link Priorities#USER}, so an outsider learns nothing from a key), it validates the key (400), reads the body for
 * its fingerprint and opens the request's transaction ({@link IdempotentRequests#open}): 409 while the key is in
 * progress, 422 for another request under the key, the kept answer for the same one. On the answer it commits that
 * transaction, keeping a success (2xx) with the write; the body is then sent exactly as kept (serialised here, as
 * JSON). A POST without the header is untouched.
 * <p>
 * Quarkus REST runs a blocking endpoint's filters, the endpoint, its exception mappers and these response filters on
 * one worker thread, to which the JTA transaction is bound; a refusal thrown by the use case reaches this filter as
 * its problem answer, with the transaction marked for rollback. Should a request ever end without its response
 * filter, the transaction it left on its worker thread is rolled back before the next request there runs (every
 * request, with or without a key), so that no later write joins it.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    @Inject
    IdempotentRequests requests;
    @Inject
    SecurityIdentity identity;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper objectMapper;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (BlockingOperationControl.isBlockingAllowed()) {
            // No request may join a transaction an earlier one left on this worker thread (a thread-local look-up).
            requests.rollBackLeftover();
        }
        List<String> keys = request.getHeaders().get(IdempotencyKey.HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || keys == null || keys.isEmpty()) {
            return;
        }
        if (request.getUriInfo().getPath().startsWith(BulkImport.PATH_PREFIX)) {
            // an import commits batch by batch and is idempotent by the portal's ids (a replay finds every line
            // UNCHANGED): its key is checked, but no answer is kept and no request-wide transaction opened
            IdempotencyKey.of(keys);
            return;
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            LOG.warnf("Idempotency-Key ignored on the non-blocking endpoint %s", request.getUriInfo().getPath());
            return;
        }
        if (identity.isAnonymous()) {
            return; // the endpoint's security answers 401 before anything about the key
        }
        IdempotencyKey key = IdempotencyKey.of(keys);
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        URI target = request.getUriInfo().getRequestUri();
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        IdempotentRequests.Opening opening = requests.open(caller.subject(), key,
                RequestFingerprint.of(request.getMethod(), pathAndQuery, body));
        if (opening.replay() != null) {
            request.abortWith(opening.replay().replay());
        } else {
            request.setProperty(CLAIM, opening.claim());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof IdempotentRequests.Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        boolean success = response.getStatus() >= 200 && response.getStatus() < 300;
        try {
            requests.finish(claim, success ? () -> keep(response) : null);
        } catch (RuntimeException e) {
            // Nothing was committed: answer as the use case's own failure would have been answered.
            Response problem = new ProblemMappers().unexpected(e, request.getUriInfo());
            StoredAnswer.KEPT_HEADERS.forEach(response.getHeaders()::remove);
            response.setStatus(problem.getStatus());
            response.setEntity(problem.getEntity(), response.getEntityAnnotations(), MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    /** The answer as it will be sent and replayed: its body serialised once, here. */
    private StoredAnswer keep(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json")) {
            type = type == null ? MediaType.APPLICATION_JSON_TYPE : type;
            body = json(entity);
        } else {
            throw new IllegalStateException("An answer of type " + type + " cannot be kept for replays");
        }
        if (entity != null) {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
        return new StoredAnswer(response.getStatus(), type == null ? null : type.toString(),
                StoredAnswer.keptHeaders(response.getStringHeaders()), body);
    }

    private byte[] json(Object entity) {
        try {
            return objectMapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer cannot be serialised", e);
        }
    }
}
