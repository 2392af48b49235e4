package fr.cmq.monitoring.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.service.SelfAssessmentRequest;
import fr.cmq.monitoring.service.SelfAssessmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A campus's annual self-assessments (recommendation 15): the list, one year, and its submission. */
@Path("/api/v1/campuses/{campusId}/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.STEERING, description = ApiTags.STEERING_DESCRIPTION)
public class SelfAssessmentResource {

    private static final String YEAR = "The year assessed, from 2013 to this year";

    @Inject
    SelfAssessmentService assessments;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "listSelfAssessments", summary = "The campus's self-assessments, oldest year first")
    @APIResponseSchema(value = SelfAssessmentView[].class, responseDescription = "Every self-assessment of the campus")
    public Response listSelfAssessments(@PathParam("campusId") UUID campusId,
                                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        List<SelfAssessmentView> items = assessments.list(campusId).stream().map(SelfAssessmentView::of).toList();
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(items), () -> items);
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getSelfAssessment", summary = "The campus's self-assessment of a year")
    @APIResponseSchema(value = SelfAssessmentView.class, responseDescription = "The self-assessment; ETag: its version")
    public Response getSelfAssessment(@PathParam("campusId") UUID campusId,
                                      @PathParam("year") @Parameter(description = YEAR,
                                              schema = @Schema(type = SchemaType.INTEGER)) String year,
                                      @HeaderParam("If-None-Match") String ifNoneMatch) {
        SelfAssessmentView view = SelfAssessmentView.of(assessments.get(campusId, year));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(view.version()), () -> view);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putSelfAssessment", summary = "Submit or replace the campus's self-assessment of a year",
            description = "Strengths, weaknesses, actions decided and the catalogue indicators it relies on (each a "
                    + "code of the catalogue, once: 400). A year that has not begun cannot be assessed (422). Creating "
                    + "needs no If-Match; replacing needs If-Match (missing: 428, stale: 412). Publishes "
                    + "SelfAssessmentSubmitted, from which the labelling service learns that a renewal can rest on "
                    + "it (part SELF_ASSESSMENT). " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponseSchema(value = SelfAssessmentView.class, responseDescription = "Replaced (or unchanged)")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = SelfAssessmentView.class)))
    public Response putSelfAssessment(@PathParam("campusId") UUID campusId,
                                      @PathParam("year") @Parameter(description = YEAR,
                                              schema = @Schema(type = SchemaType.INTEGER)) String year,
                                      @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(required = true) SelfAssessmentRequest request) {
        SelfAssessmentService.Result result = assessments.put(campusId, year, ifMatch, request, caller);
        return Response.status(result.created() ? 201 : 200).entity(SelfAssessmentView.of(result.assessment()))
                .header("ETag", ETags.of(result.assessment().version())).build();
    }
}
