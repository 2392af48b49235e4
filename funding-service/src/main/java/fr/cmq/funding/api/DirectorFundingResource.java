package fr.cmq.funding.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.funding.domain.DirectorFunding;
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

import java.util.UUID;

/** The operational director post's co-financing per year (recommendation 7). */
@Path("/api/v1/campuses/{campusId}/director-funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Director co-financing", description = "Who pays the operational director post, in shares adding to 100 %")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
public class DirectorFundingResource {

    @Inject
    DirectorFundingService fundings;
    @Inject
    Caller caller;
    @Inject
    CmqClock clock;

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putDirectorFunding",
            summary = "Declare or replace the director post's co-financing for a year",
            description = "The shares (percent, at most one decimal, in ]0, 100]) must add to exactly 100 (422"
                    + " otherwise). The first PUT creates it (201, event DirectorFundingDeclared); later ones need"
                    + " If-Match (200, event DirectorFundingUpdated). A regional token writes only the campuses of its"
                    + " region, which is checked before the body is validated.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DirectorFundingView.class)))
    @APIResponseSchema(value = DirectorFundingView.class, responseDescription = "Replaced")
    public Response putDirectorFunding(@PathParam("campusId") UUID campusId,
                                       @Parameter(description = BudgetResource.YEAR,
                                               schema = @Schema(type = SchemaType.INTEGER))
                                       @PathParam("year") String year,
                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       DirectorFundingRequest request, UriInfo uri) {
        var saved = fundings.put(campusId, Params.year("year", year, clock.today()), request, ifMatch, caller);
        return WriteAnswers.put(saved, DirectorFundingView.of(saved.entity(), caller.isNational()), uri);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getDirectorFunding", summary = "The director post's co-financing for a year, with the"
            + " amount of each share and the non-rectorat share",
            description = "The shares as declared with what each pays of the total cost, the rectorat's share and"
                    + " the share beyond it; answers an ETag, and 304 to If-None-Match naming it. Only national tokens"
                    + " see updatedBy.")
    @APIResponseSchema(value = DirectorFundingView.class, responseDescription = "The co-financing")
    public Response getDirectorFunding(@PathParam("campusId") UUID campusId,
                                       @Parameter(description = BudgetResource.YEAR,
                                               schema = @Schema(type = SchemaType.INTEGER))
                                       @PathParam("year") String year,
                                       @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DirectorFunding funding = fundings.get(campusId, Params.year("year", year, clock.today()));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(funding.version()),
                () -> DirectorFundingView.of(funding, caller.isNational()));
    }
}
