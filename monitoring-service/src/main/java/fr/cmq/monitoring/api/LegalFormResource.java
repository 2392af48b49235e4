package fr.cmq.monitoring.api;

import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Roles;
import fr.cmq.monitoring.service.LegalFormStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/monitoring/legal-forms/distribution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National monitoring")
public class LegalFormResource {

    private final LegalFormStatistics statistics;

    public LegalFormResource(LegalFormStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "Distribution of campuses over legal forms (report Tableau 4)",
            description = "Counts and percentages per legal form over every campus of the register known here, with "
                    + "the types of support establishment beneath SUPPORT_ESTABLISHMENT. Percentages are over the "
                    + "campuses whose legal form is provided; a campus without a profile counts as NOT_PROVIDED")
    @APIResponse(responseCode = "200", description = "The distribution",
            content = @Content(schema = @Schema(implementation = LegalFormDistribution.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response legalFormDistribution(@Parameter(description = "Only the campuses of this region (INSEE code)")
                                 @QueryParam("region") String region,
                                 @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Http.ok(statistics.distribution(region), ifNoneMatch);
    }
}
