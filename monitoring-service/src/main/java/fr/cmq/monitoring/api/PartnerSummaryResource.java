package fr.cmq.monitoring.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.service.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The typology of a campus's active partners (recommendation 6). */
@Path("/api/v1/campuses/{campusId}/partners/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PARTNERS, description = ApiTags.PARTNERS_DESCRIPTION)
public class PartnerSummaryResource {

    @Inject
    PartnerService partners;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "partnerSummary", summary = "The typology of the campus's active partners",
            description = "Total, the 2x2 matrix public/private x initial/continuing (a partner with training role "
                    + "BOTH counts in both the initial and the continuing cell of its sector; NONE counts in no cell), "
                    + "counts per category, share of signed commitments, and the report's warning flags. The same "
                    + "object is carried by every partner event")
    @APIResponseSchema(value = PartnerSummary.class, responseDescription = "The typology; its ETag is a digest of it")
    public Response partnerSummary(@PathParam("campusId") UUID campusId,
                                   @HeaderParam("If-None-Match") String ifNoneMatch) {
        PartnerSummary summary = PartnerSummary.of(campusId, partners.typology(campusId));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(summary), () -> summary);
    }
}
