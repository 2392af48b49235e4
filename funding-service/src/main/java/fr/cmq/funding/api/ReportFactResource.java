package fr.cmq.funding.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Roles;
import fr.cmq.funding.service.ReportFactService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The 2017 report's facts on named campuses and regions (funding V7), read-only reference data: each with the
 * report's paragraph as its source.
 */
@Path("/api/v1/reference/report-2017")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding reference data")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
public class ReportFactResource {

    private static final String WHAT = " The report's sentence is given verbatim with the figures it states and its"
            + " source (kind REPORT_2017, reference: the paragraph or encadré); nothing is added: a value the report"
            + " does not give (a year, an amount, a split) is absent. Read-only reference data.";

    @Inject
    ReportFactService facts;

    @GET
    @Path("/campus-facts")
    @Operation(operationId = "listReportCampusFacts",
            summary = "What the 2017 report says of the funding of named campuses, with its paragraphs",
            description = "The facts the report gives on named campuses of Annexe 4 (the Toulouse director post's"
                    + " co-financing, [97]; the members' fees and contributions of [112]; the Aérocampus of Encadrés 2"
                    + " and 7), in the report's order." + WHAT + " The report's facts on regions are at"
                    + " /api/v1/reference/report-2017/regional-funding.")
    @APIResponseSchema(value = ReportFactView[].class, responseDescription = "The facts, in the report's order")
    public List<ReportFactView> listReportCampusFacts(
            @Parameter(description = "Only the facts on this campus (its id in the national register)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campusId") String campusId,
            @Parameter(description = "Only the facts on campuses of this region (INSEE code, e.g. 76)")
            @QueryParam("regionCode") String regionCode) {
        return facts.campusFacts(campusId(campusId), blankToNull(regionCode)).stream().map(ReportFactView::of).toList();
    }

    @GET
    @Path("/regional-funding")
    @Operation(operationId = "listReportRegionalFunding",
            summary = "What the 2017 report says of the regions' funding of the campuses, with its paragraphs",
            description = "The facts of [110]-[112] on named regions: the amount Hauts-de-France gives, which regions"
                    + " pay ex-ante or ex-post, what Nouvelle-Aquitaine considers, which region does not take part."
                    + " They are the regions' facts, not any campus's." + WHAT + " Note: [112] names Occitanie among"
                    + " the regions that do not take part, while [97] says the conseil régional pays 25 % of the"
                    + " Toulouse director post; both are served as the report gives them.")
    @APIResponseSchema(value = ReportFactView[].class, responseDescription = "The facts, in the report's order")
    public List<ReportFactView> listReportRegionalFunding(
            @Parameter(description = "Only the facts on this region (INSEE code, e.g. 32)")
            @QueryParam("regionCode") String regionCode) {
        return facts.regionalFacts(blankToNull(regionCode)).stream().map(ReportFactView::of).toList();
    }

    /** The campus id of the query, or null; 400 naming {@code campusId} when it is not a UUID. */
    private static UUID campusId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("campusId", "must be a campus id (UUID)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
