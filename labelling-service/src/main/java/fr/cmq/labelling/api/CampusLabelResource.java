package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.labelling.domain.CampusLabel;
import fr.cmq.labelling.service.ApplicationRequest;
import fr.cmq.labelling.service.ApplicationService;
import fr.cmq.labelling.service.LabelService;
import fr.cmq.labelling.service.WithdrawalRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A campus's applications and label. Shares the register's root path: JAX-RS matches resource
 * classes by their root path first, so every {@code /api/v1/campuses/...} method sits under it.
 */
@Path("/api/v1/campuses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.LABELS, description = ApiTags.LABELS_DESCRIPTION)
public class CampusLabelResource {

    @Inject
    ApplicationService applications;
    @Inject
    LabelService labels;
    @Inject
    Caller caller;

    @POST
    @Path("/{campusId}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "submitApplication", summary = "Submit an application (first label or renewal) under a call",
            description = "National, or regional for a campus of its region (403 otherwise, decided before the body "
                    + "is validated). Answers 201 with Location. missingRequiredParts tells what the call still "
                    + "requires. Publishes ApplicationSubmitted.")
    @APIResponse(responseCode = "201", description = "Submitted: the application and its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)),
            headers = @Header(name = "Location", description = "URL of the application"))
    public Response submit(@PathParam("campusId") UUID campusId, @RequestBody(required = true) ApplicationRequest request,
                           UriInfo uri) {
        ApplicationView application = ApplicationView.of(applications.submit(campusId, request, caller));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications")
                .path(application.id().toString()).build()).entity(application).build();
    }

    @GET
    @Path("/{campusId}/label")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getCampusLabel", summary = "The label of a campus today, with its whole history",
            description = "Any role. The ETag is the campus's (a withdrawal needs it in If-Match); If-None-Match with it "
                    + "gives 304.")
    @APIResponse(responseCode = "200", description = "The label, with the campus's ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabelView.class)),
            headers = @Header(name = "ETag", description = "The campus's version, for If-Match and If-None-Match"))
    public Response label(@PathParam("campusId") UUID campusId,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CampusLabel label = labels.label(campusId);
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(label.campusVersion()), () -> LabelView.of(label));
    }

    @POST
    @Path("/{campusId}/label/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "withdrawLabel", summary = "Withdraw the current label",
            description = "National, or regional for a campus of its region. Needs If-Match with the campus's ETag "
                    + "(428 without, 412 when stale). 409 when no label is current; 422 when the date falls "
                    + "outside the label. Publishes LabelWithdrawn.")
    public LabelView withdraw(@PathParam("campusId") UUID campusId,
                              @Parameter(description = "The current ETag of the campus")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @RequestBody(required = true) WithdrawalRequest request) {
        return LabelView.of(labels.withdraw(campusId, request, ifMatch, caller));
    }
}
