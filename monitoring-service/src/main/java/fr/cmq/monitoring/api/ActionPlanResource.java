package fr.cmq.monitoring.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.domain.PlanAction;
import fr.cmq.monitoring.service.ActionPlanService;
import fr.cmq.monitoring.service.ActionRequest;
import fr.cmq.monitoring.service.ScoreRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** A campus's annual action plan: its actions, adding one, and the steering committee's score of an action. */
@Path("/api/v1/campuses/{campusId}/action-plans/{year}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.STEERING, description = ApiTags.STEERING_DESCRIPTION)
public class ActionPlanResource {

    private static final String YEAR = "Year of the plan, from 2013 to this year + 5";
    private static final String ACTION_ID = "The action's identifier";

    @Inject
    ActionPlanService plans;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "listPlanActions", summary = "The campus's action plan of a year",
            description = "Every action of the year's plan and the plan's completion as Annexe 3 computes it: the "
                    + "mean of the steering committee's scores (25, 50, 100 and 125 read 75.0)")
    @APIResponseSchema(value = ActionPlanView.class, responseDescription = "The plan (no action: an empty plan)")
    public Response listPlanActions(@PathParam("campusId") UUID campusId,
                                    @PathParam("year") @Parameter(description = YEAR,
                                            schema = @Schema(type = SchemaType.INTEGER)) String year,
                                    @HeaderParam("If-None-Match") String ifNoneMatch) {
        ActionPlanView plan = ActionPlanView.of(campusId, plans.plan(campusId, year));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(plan), () -> plan);
    }

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "addPlanAction", summary = "Add an action to the campus's plan of a year",
            description = "Theme: a section of Tableau 1 (calls of 2015-2017). The partners involved must be partners "
                    + "of the campus (422), each once (400). Publishes ActionAdded with the plan and the campus's "
                    + "steering state. " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponse(responseCode = "201", description = "Added; Location names the action",
            headers = @Header(name = "ETag", description = "The action's version, in quotes",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    public Response addPlanAction(@PathParam("campusId") UUID campusId,
                                  @PathParam("year") @Parameter(description = YEAR,
                                          schema = @Schema(type = SchemaType.INTEGER)) String year,
                                  @RequestBody(required = true) ActionRequest request, UriInfo uri) {
        PlanAction action = plans.add(campusId, year, request, caller);
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campusId.toString())
                .path("action-plans").path(String.valueOf(action.year)).path("actions").path(action.id.toString())
                .build();
        return Response.created(location).entity(ActionView.of(action)).header("ETag", ETags.of(action.version()))
                .build();
    }

    @GET
    @Path("/{actionId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getPlanAction", summary = "One action of the campus's plan of a year",
            description = "The action with its score; its ETag (its version) is the If-Match of the score")
    @APIResponseSchema(value = ActionView.class, responseDescription = "The action; ETag: its version")
    public Response getPlanAction(@PathParam("campusId") UUID campusId,
                                  @PathParam("year") @Parameter(description = YEAR,
                                          schema = @Schema(type = SchemaType.INTEGER)) String year,
                                  @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId,
                                  @HeaderParam("If-None-Match") String ifNoneMatch) {
        ActionView action = ActionView.of(plans.get(campusId, year, actionId));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(action.version()), () -> action);
    }

    @PUT
    @Path("/{actionId}/score")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "scorePlanAction", summary = "Record the steering committee's score of an action",
            description = "Score 25, 50, 75, or 100 to 200 (Annexe 3: ¼, ½, ¾, 100 % or beyond; otherwise 400), and "
                    + "the committee's date, not before the plan's year nor in the future (422). Needs If-Match with "
                    + "the action's ETag (missing: 428, stale: 412). The plan's completion follows, and is the "
                    + "steering indicator's value of the year without another write. Publishes ActionScored; the "
                    + "same score and date again change nothing. " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponseSchema(value = ActionView.class, responseDescription = "The action with its score; ETag: its version")
    public Response scorePlanAction(@PathParam("campusId") UUID campusId,
                                    @PathParam("year") @Parameter(description = YEAR,
                                            schema = @Schema(type = SchemaType.INTEGER)) String year,
                                    @PathParam("actionId") @Parameter(description = ACTION_ID) UUID actionId,
                                    @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
                                    @RequestBody(required = true) ScoreRequest request) {
        PlanAction action = plans.score(campusId, year, actionId, ifMatch, request, caller);
        return Response.ok(ActionView.of(action)).header("ETag", ETags.of(action.version())).build();
    }
}
