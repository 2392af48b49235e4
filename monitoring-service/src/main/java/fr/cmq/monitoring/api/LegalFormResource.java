package fr.cmq.monitoring.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.service.LegalFormDistributionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/monitoring/legal-forms/distribution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.NATIONAL, description = ApiTags.NATIONAL_DESCRIPTION)
public class LegalFormResource {

    @Inject
    LegalFormDistributionService distributions;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "legalFormDistribution", summary = "Distribution of campuses over legal forms (report "
            + "Tableau 4)",
            description = "Counts and percentages per legal form over every campus of the register known here, with "
                    + "the types of support establishment beneath SUPPORT_ESTABLISHMENT. Percentages are over the "
                    + "campuses whose legal form is provided; a campus without a profile counts as NOT_PROVIDED")
    @APIResponseSchema(value = LegalFormDistribution.class, responseDescription = "The distribution; its ETag is a "
            + "digest of it")
    public Response legalFormDistribution(@Parameter(description = "Only the campuses of this region (INSEE code)")
                                          @QueryParam("region") String region,
                                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        LegalFormDistribution distribution = LegalFormDistribution.of(distributions.distribution(region));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(distribution), () -> distribution);
    }
}
