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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A campus's applications and label. Shares the register's root path: JAX-RS matches resource
 * classes by their root path first, so every {@code /api/v1/campuses/...} method sits under it.
 */
@Path("/api/v1/campuses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
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
            description = ApiTexts.REGION_FIRST + "Answers 201 with Location. missingRequiredParts tells what the "
                    + "call still requires. Publishes ApplicationSubmitted.")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201",
            responseDescription = "Submitted: the application and its URL")
    public Response submit(@PathParam("campusId") UUID campusId, @RequestBody(required = true) ApplicationRequest request,
                           UriInfo uri) {
        ApplicationView application = ApplicationView.of(applications.submit(campusId, request, caller));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications")
                .path(application.id().toString()).build()).entity(application).build();
    }

    @GET
    @Path("/{campusId}/label")
    @Operation(operationId = "getCampusLabel", summary = "The label of a campus today, with its whole history",
            description = "The ETag is the campus's (a withdrawal needs it in If-Match); If-None-Match with it gives "
                    + "304.")
    @APIResponseSchema(value = LabelView.class, responseDescription = "The label, with the campus's ETag")
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
            description = ApiTexts.REGION_FIRST + ApiTexts.IF_MATCH + "409 when no label is current; 422 when the "
                    + "date falls outside the label. Publishes LabelWithdrawn.")
    @APIResponseSchema(value = LabelView.class, responseDescription = "The label, with the campus's new ETag")
    public Response withdraw(@PathParam("campusId") UUID campusId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(required = true) WithdrawalRequest request) {
        CampusLabel label = labels.withdraw(campusId, request, ifMatch, caller);
        return Response.ok(LabelView.of(label)).header(HttpHeaders.ETAG, ETags.of(label.campusVersion())).build();
    }
}
