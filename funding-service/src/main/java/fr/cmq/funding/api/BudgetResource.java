package fr.cmq.funding.api;

import fr.cmq.common.problem.Problem;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.security.Caller;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ETags;
import fr.cmq.funding.service.BudgetRequest;
import fr.cmq.funding.service.BudgetService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A campus's budgets per year (recommendation 6: forecast budget and its split between funders). */
@Path("/api/v1/campuses/{campusId}/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "A campus's forecast and executed budgets per year, their uses and the"
        + " contributions of each funder")
public class BudgetResource {

    private final BudgetService budgets;
    private final CmqClock clock;
    private final Caller caller;

    public BudgetResource(BudgetService budgets, Caller caller, CmqClock clock) {
        this.budgets = budgets;
        this.caller = caller;
        this.clock = clock;
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putBudget", summary = "Declare or replace a campus's budget for a year",
            description = "Replaces the whole budget (uses and contributions) of the given kind. The first PUT"
                    + " creates it (201, event BudgetDeclared); later ones need If-Match with the current ETag"
                    + " (200, event BudgetUpdated). Totals, coverage ratio and shares are computed and returned."
                    + " Who may call it: a national token, or a regional token of the campus's region (checked"
                    + " before the body is validated).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN_WRITE,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_CAMPUS,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ProblemResponses.PRECONDITION_FAILED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ProblemResponses.PRECONDITION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response putBudget(
            @Parameter(description = "The campus's id in the national register") @PathParam("campusId") UUID campusId,
            @Parameter(description = "Fiscal year, 2013..(current year + 5)") @PathParam("year") int year,
            @Parameter(description = "FORECAST (default) or EXECUTED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"FORECAST", "EXECUTED"}))
            @QueryParam("kind") String kind,
            @Parameter(description = "The current ETag; required when the budget exists") @HeaderParam("If-Match") String ifMatch,
            BudgetRequest request, UriInfo uri) {
        YearBounds.require("year", year, clock.today());
        BudgetKind budgetKind = Http.code("kind", kind, BudgetKind.class, BudgetKind.FORECAST);
        BudgetService.Saved saved = budgets.put(campusId, year, budgetKind, request, ifMatch, caller);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.header("ETag", ETags.of(saved.budget().version))
                .entity(BudgetView.of(saved.budget(), caller.isNational())).build();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getBudget", summary = "A campus's budget for a year, with its computed totals and shares",
            description = "The budget of the given kind (FORECAST by default) with its totals, coverage ratio, shares"
                    + " by funder type and by modality; answers an ETag, and 304 to If-None-Match naming it. Who may"
                    + " call it: every role (national, regional, reader); only national tokens see updatedBy.")
    @APIResponse(responseCode = "200", description = "The budget", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "400", description = "Year out of range or unknown kind",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown campus, or no budget of this kind for this year",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getBudget(
            @Parameter(description = "The campus's id in the national register") @PathParam("campusId") UUID campusId,
            @Parameter(description = "Fiscal year, 2013..(current year + 5)") @PathParam("year") int year,
            @Parameter(description = "FORECAST (default) or EXECUTED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"FORECAST", "EXECUTED"}))
            @QueryParam("kind") String kind,
            @Parameter(description = "An ETag already held; 304 if still current") @HeaderParam("If-None-Match") String ifNoneMatch) {
        YearBounds.require("year", year, clock.today());
        BudgetKind budgetKind = Http.code("kind", kind, BudgetKind.class, BudgetKind.FORECAST);
        BudgetView budget = BudgetView.of(budgets.get(campusId, year, budgetKind), caller.isNational());
        return Http.okWithETag(budget, budget.version(), ifNoneMatch);
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "listBudgets", summary = "All budgets of a campus, by year then kind (at most 2 per year)",
            description = "Every budget of the campus (or only those of one kind), oldest year first, FORECAST before"
                    + " EXECUTED, each with its figures. Who may call it: every role (national, regional, reader);"
                    + " only national tokens see updatedBy.")
    @APIResponse(responseCode = "200", description = "The budgets, oldest year first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_CAMPUS,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<BudgetView> listBudgets(
            @Parameter(description = "The campus's id in the national register") @PathParam("campusId") UUID campusId,
            @Parameter(description = "Only budgets of this kind (FORECAST or EXECUTED); all when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"FORECAST", "EXECUTED"}))
            @QueryParam("kind") String kind) {
        return budgets.list(campusId, Http.code("kind", kind, BudgetKind.class, null)).stream()
                .map(b -> BudgetView.of(b, caller.isNational())).toList();
    }
}
