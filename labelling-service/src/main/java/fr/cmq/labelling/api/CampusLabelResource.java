package fr.cmq.labelling.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ETags;
import fr.cmq.labelling.service.LabelDesk;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A campus's applications and label. Shares the register's root path: JAX-RS matches resource
 * classes by their root path first, so every {@code /api/v1/campuses/...} method sits under it.
 */
@Path("/api/v1/campuses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labels")
public class CampusLabelResource {

    private final LabelDesk desk;
    private final Caller caller;

    public CampusLabelResource(LabelDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Path("/{campusId}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Submit an application (first label or renewal) under a call",
            description = "Publishes ApplicationSubmitted. missingRequiredParts tells what the call still requires.")
    public Response submit(@PathParam("campusId") UUID campusId, @Valid @NotNull ApplicationRequest request,
                           UriInfo uri) {
        ApplicationView application = desk.submit(campusId, request, caller.subject(), caller::requireWriteOn);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications")
                .path(application.id().toString()).build()).entity(application).build();
    }

    @GET
    @Path("/{campusId}/label")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The label of a campus today, with its whole history",
            description = "The ETag is the campus's; a withdrawal needs it in If-Match.")
    public Response label(@PathParam("campusId") UUID campusId) {
        LabelView label = desk.label(campusId);
        return Response.ok(label).header(HttpHeaders.ETAG, ETags.of(desk.campusVersion(campusId))).build();
    }

    @POST
    @Path("/{campusId}/label/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Withdraw the current label", description = "Needs If-Match with the campus's ETag. "
            + "409 when no label is current. Publishes LabelWithdrawn.")
    public LabelView withdraw(@PathParam("campusId") UUID campusId,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull WithdrawalRequest request) {
        return desk.withdraw(campusId, request, ifMatch, caller.subject(), caller::requireWriteOn);
    }
}
