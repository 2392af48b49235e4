package fr.cmq.monitoring.api;

import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Codes and French labels of the monitoring service's reference data, from the platform's code lists. */
@Path("/api/v1/reference/partner-categories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.REFERENCE, description = ApiTags.REFERENCE_DESCRIPTION)
public class ReferenceResource {

    @Schema(description = "A partner category")
    public record PartnerCategoryItem(
            @Schema(description = "Stable code, as used in partners' category", example = "GRETA") String code,
            @Schema(description = "French label, for display", example = "GRETA") String label,
            @Schema(description = "Family of categories: SECONDARY_SCHOOL, APPRENTICESHIP, CONTINUING_TRAINING, "
                    + "HIGHER_EDUCATION, RESEARCH, ECONOMIC, PUBLIC_AUTHORITY, OTHER") String grouping) {
    }

    @GET
    @Operation(operationId = "partnerCategories", summary = "The categories of partner organisations, with their "
            + "French labels",
            description = "Every category code a partner can have, its French label for display and its family, in "
                    + "display order")
    @APIResponseSchema(value = PartnerCategoryItem[].class, responseDescription = "Every category, in display order")
    public Response partnerCategories(@HeaderParam("If-None-Match") String ifNoneMatch) {
        List<PartnerCategoryItem> items = Arrays.stream(PartnerCategory.values())
                .map(c -> new PartnerCategoryItem(c.code(), c.label(), c.grouping().name())).toList();
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(items), () -> items);
    }
}
