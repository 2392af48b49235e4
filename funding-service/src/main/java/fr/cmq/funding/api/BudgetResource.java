package fr.cmq.funding.api;

import jakarta.inject.Inject;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.funding.domain.Budget;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A campus's budgets per year (recommendation 6: forecast budget and its split between funders). */
@Path("/api/v1/campuses/{campusId}/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "A campus's forecast and executed budgets per year, their uses and the"
        + " contributions of each funder")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
public class BudgetResource {

    static final String YEAR = "Fiscal year, 2013..(current year in France + 5)";
    static final String KIND = "FORECAST (default) or EXECUTED";

    @Inject
    BudgetService budgets;
    @Inject
    Caller caller;
    @Inject
    CmqClock clock;

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putBudget", summary = "Declare or replace a campus's budget for a year",
            description = "Replaces the whole budget (uses and contributions) of the given kind. The first PUT"
                    + " creates it (201, event BudgetDeclared); later ones need If-Match with the current ETag"
                    + " (200, event BudgetUpdated). Totals, coverage ratio and shares are computed and returned."
                    + " Amounts are integer euro cents up to 100000000000 each and in total. A regional token writes"
                    + " only the campuses of its region, which is checked before the body is validated.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponseSchema(value = BudgetView.class, responseDescription = "Replaced")
    public Response putBudget(@PathParam("campusId") UUID campusId,
                              @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER))
                              @PathParam("year") String year,
                              @Parameter(description = KIND, schema = @Schema(implementation = BudgetKind.class))
                              @QueryParam("kind") String kind,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              BudgetRequest request, UriInfo uri) {
        var saved = budgets.put(campusId, Params.year("year", year, clock.today()), kind(kind), request, ifMatch,
                caller);
        return WriteAnswers.put(saved, BudgetView.of(saved.entity(), caller.isNational()), uri);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getBudget", summary = "A campus's budget for a year, with its computed totals and shares",
            description = "The budget of the given kind (FORECAST by default) with its totals, coverage ratio, shares"
                    + " by funder type and by modality; answers an ETag, and 304 to If-None-Match naming it. Only"
                    + " national tokens see updatedBy.")
    @APIResponseSchema(value = BudgetView.class, responseDescription = "The budget")
    public Response getBudget(@PathParam("campusId") UUID campusId,
                              @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER))
                              @PathParam("year") String year,
                              @Parameter(description = KIND, schema = @Schema(implementation = BudgetKind.class))
                              @QueryParam("kind") String kind,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Budget budget = budgets.get(campusId, Params.year("year", year, clock.today()), kind(kind));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(budget.version()),
                () -> BudgetView.of(budget, caller.isNational()));
    }

    @GET
    @Operation(operationId = "listBudgets", summary = "All budgets of a campus, by year then kind (at most 2 per year)",
            description = "Every budget of the campus (or only those of one kind), oldest year first, FORECAST before"
                    + " EXECUTED, each with its figures. Only national tokens see updatedBy.")
    public List<BudgetView> listBudgets(@PathParam("campusId") UUID campusId,
                                        @Parameter(description = "Only budgets of this kind; all when absent",
                                                schema = @Schema(implementation = BudgetKind.class))
                                        @QueryParam("kind") String kind) {
        BudgetKind only = Params.code("kind", kind, BudgetKind.class, null);
        return budgets.list(campusId, only).stream().map(b -> BudgetView.of(b, caller.isNational())).toList();
    }

    private static BudgetKind kind(String kind) {
        return Params.code("kind", kind, BudgetKind.class, BudgetKind.FORECAST);
    }
}
