package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.CampusService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit trail of a campus. Under the register's root path, as every {@code /api/v1/campuses/...} method. */
@Path("/api/v1/campuses")
@Tag(name = ApiTags.REGISTER, description = ApiTags.REGISTER_DESCRIPTION)
public class CampusHistoryResource {

    @Inject
    CampusService campuses;

    @GET
    @Path("/{campusId}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL)
    @Operation(operationId = "getCampusHistory", summary = "Who changed the campus and when (national only)",
            description = "National only. Every accepted write on the campus or its label, oldest first, from the "
                    + "event log: the event's version and type, when, and the token subject that made it.")
    public List<AuditEntry> history(@PathParam("campusId") UUID campusId) {
        return campuses.auditTrail(campusId).stream()
                .map(e -> new AuditEntry(e.version(), e.type(), e.occurredAt(), e.actor())).toList();
    }

    /** One accepted write: the event it produced, when and by whom (token subject). */
    public record AuditEntry(long eventVersion, String eventType, Instant at, String actor) {
    }
}
