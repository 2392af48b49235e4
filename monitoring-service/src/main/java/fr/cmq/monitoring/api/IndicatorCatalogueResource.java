package fr.cmq.monitoring.api;

import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.domain.IndicatorCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The indicator catalogue (reference data shipped with the service). */
@Path("/api/v1/reference/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.REFERENCE, description = ApiTags.REFERENCE_DESCRIPTION)
public class IndicatorCatalogueResource {

    @GET
    @Operation(operationId = "indicatorCatalogue", summary = "The indicator catalogue",
            description = "Every indicator a campus can set targets and declare values for: those of the report's "
                    + "Annexe 3 (five themes) and their complementary ones, the learner counts of recommendation 18 "
                    + "and international mobility ([52]); each with its definition in the report's words, its unit, "
                    + "bounds, accepted breakdowns and source paragraph, in catalogue order")
    @APIResponseSchema(value = IndicatorDefinitionView[].class, responseDescription = "Every indicator, theme by theme")
    public Response indicatorCatalogue(@HeaderParam("If-None-Match") String ifNoneMatch) {
        List<IndicatorDefinitionView> items = IndicatorCatalogue.standard().all().stream()
                .map(IndicatorDefinitionView::of).toList();
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(items), () -> items);
    }
}
