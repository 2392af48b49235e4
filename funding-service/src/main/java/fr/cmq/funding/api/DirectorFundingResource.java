package fr.cmq.funding.api;

import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Caller;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ETags;
import fr.cmq.funding.service.DirectorFundingRequest;
import fr.cmq.funding.service.DirectorFundingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The operational director post's co-financing per year (recommendation 7). */
@Path("/api/v1/campuses/{campusId}/director-funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Director co-financing", description = "Who pays the operational director post, in shares adding to 100 %")
public class DirectorFundingResource {

    private final DirectorFundingService fundings;
    private final CmqClock clock;
    private final Caller caller;

    public DirectorFundingResource(DirectorFundingService fundings, Caller caller, CmqClock clock) {
        this.fundings = fundings;
        this.caller = caller;
        this.clock = clock;
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putDirectorFunding",
            summary = "Declare or replace the director post's co-financing for a year",
            description = "The shares must add to exactly 100 (422 otherwise). The first PUT creates it (201,"
                    + " event DirectorFundingDeclared); later ones need If-Match (200, event DirectorFundingUpdated)."
                    + " Who may call it: a national token, or a regional token of the campus's region (checked"
                    + " before the body is validated).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectorFundingView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectorFundingView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST
            + "; a share not in ]0, 100] or with more than one decimal",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN_WRITE,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_CAMPUS,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ProblemResponses.PRECONDITION_FAILED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The shares do not add to exactly 100",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ProblemResponses.PRECONDITION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response putDirectorFunding(
            @Parameter(description = "The campus's id in the national register") @PathParam("campusId") UUID campusId,
            @Parameter(description = "Year, 2013..(current year + 5)") @PathParam("year") int year,
            @Parameter(description = "The current ETag; required when it exists") @HeaderParam("If-Match") String ifMatch,
            DirectorFundingRequest request, UriInfo uri) {
        YearBounds.require("year", year, clock.today());
        DirectorFundingService.Saved saved = fundings.put(campusId, year, request, ifMatch, caller);
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.header("ETag", ETags.of(saved.funding().version))
                .entity(DirectorFundingView.of(saved.funding(), caller.isNational())).build();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getDirectorFunding", summary = "The director post's co-financing for a year, with the"
            + " amount of each share and the non-rectorat share",
            description = "The shares as declared with what each pays of the total cost, the rectorat's share and"
                    + " the share beyond it; answers an ETag, and 304 to If-None-Match naming it. Who may call it:"
                    + " every role (national, regional, reader); only national tokens see updatedBy.")
    @APIResponse(responseCode = "200", description = "The co-financing", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectorFundingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match names the current ETag)")
    @APIResponse(responseCode = "400", description = "Year out of range",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown campus, or nothing declared for this year",
            content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getDirectorFunding(
            @Parameter(description = "The campus's id in the national register") @PathParam("campusId") UUID campusId,
            @Parameter(description = "Year, 2013..(current year + 5)") @PathParam("year") int year,
            @Parameter(description = "An ETag already held; 304 if still current") @HeaderParam("If-None-Match") String ifNoneMatch) {
        YearBounds.require("year", year, clock.today());
        DirectorFundingView funding = DirectorFundingView.of(fundings.get(campusId, year), caller.isNational());
        return Http.okWithETag(funding, funding.version(), ifNoneMatch);
    }
}
