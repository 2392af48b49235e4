package fr.cmq.funding.api;

import jakarta.inject.Inject;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.Params;
import fr.cmq.funding.service.FundingSummaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** National views of the funding (recommendations 6 and 9, sustainability warning of §2.3.2.2). */
@Path("/api/v1/funding/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding summary", description = "National views of the forecast budgets")
public class SummaryResource {

    @Inject
    FundingSummaryService summary;
    @Inject
    CmqClock clock;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getFundingSummary", summary = "The year's forecast budgets: totals, split by funder type"
            + " and modality, campuses with no budget and campuses funded only by the rectorat",
            description = "Aggregates the FORECAST budgets of the year, nationally or for one region's campuses.")
    public SummaryView getFundingSummary(
            @Parameter(description = BudgetResource.YEAR, required = true, schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("year") String year,
            @Parameter(description = "Only the campuses of this region (INSEE code, e.g. 76)") @QueryParam("region") String region) {
        int checked = year == null || year.isBlank() ? YearBounds.require("year", null, clock.today())
                : Params.year("year", year, clock.today());
        return SummaryView.of(summary.of(checked, region == null || region.isBlank() ? null : region.strip()));
    }
}
