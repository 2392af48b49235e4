package fr.cmq.monitoring.api;

import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Roles;
import fr.cmq.monitoring.domain.PartnerCategoryEntry;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Codes and French labels of the monitoring service's reference data. */
@Path("/api/v1/reference/partner-categories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "Reference data")
public class ReferenceResource {

    @Schema(description = "A partner category")
    public record PartnerCategoryItem(
            @Schema(description = "Stable code, as used in partners' category", example = "GRETA") String code,
            @Schema(description = "French label, for display", example = "GRETA") String label,
            @Schema(description = "Family of categories: SECONDARY_SCHOOL, APPRENTICESHIP, CONTINUING_TRAINING, "
                    + "HIGHER_EDUCATION, RESEARCH, ECONOMIC, PUBLIC_AUTHORITY, OTHER") String grouping) {
    }

    @GET
    @Operation(summary = "The categories of partner organisations, with their French labels")
    @APIResponse(responseCode = "200", description = "Every category, in display order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerCategoryItem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response partnerCategories(@HeaderParam("If-None-Match") String ifNoneMatch) {
        List<PartnerCategoryItem> items = PartnerCategoryEntry.<PartnerCategoryEntry>listAll(Sort.by("position"))
                .stream().map(c -> new PartnerCategoryItem(c.code, c.label, c.grouping)).toList();
        return Http.ok(items, ifNoneMatch);
    }
}
