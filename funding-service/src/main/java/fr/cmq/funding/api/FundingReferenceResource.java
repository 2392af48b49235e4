package fr.cmq.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.BudgetUse;
import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.ContributionStatus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.reference.ReportFactTopic;
import fr.cmq.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/**
 * The funding code lists (platform-common's {@code fr.cmq.common.reference}) with their French labels, one path
 * each: {@code GET /api/v1/reference/funder-types}, {@code /budget-kinds}... ({@link #LISTS}). One method serves
 * them all; {@link FundingReferenceDocument} documents each path in OpenAPI from the same list.
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
public class FundingReferenceResource {

    /** A code list and the last segment of its path. */
    record Served(String path, Class<? extends CodeList> codeList) {
    }

    /** The code lists served, in the order of the documentation. */
    static final List<Served> LISTS = List.of(new Served("funder-types", FunderType.class),
            new Served("budget-kinds", BudgetKind.class), new Served("budget-holders", BudgetHolder.class),
            new Served("budget-uses", BudgetUse.class), new Served("contribution-natures", ContributionNature.class),
            new Served("funding-modalities", FundingModality.class),
            new Served("contribution-statuses", ContributionStatus.class),
            new Served("report-fact-topics", ReportFactTopic.class));

    @Schema(name = "CodeLabel", description = "A stable code and its French label")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeLabel(@Schema(description = "Stable UPPER_SNAKE code used in the API and events") String code,
                            @Schema(description = "French label, for display only") String label,
                            @Schema(description = "Funder types only: the group of the report's Annexe 3 budget"
                                    + " indicator") FunderType.Annex3Bucket annex3Bucket) {

        static CodeLabel of(CodeList code) {
            return new CodeLabel(code.code(), code.label(),
                    code instanceof FunderType type ? type.annex3Bucket() : null);
        }
    }

    @GET
    @Path("/{list}")
    @Operation(hidden = true) // documented once per list by FundingReferenceDocument
    public List<CodeLabel> codes(@PathParam("list") String list) {
        Served served = LISTS.stream().filter(l -> l.path().equals(list)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The code list " + list));
        return Arrays.stream(served.codeList().getEnumConstants()).map(CodeLabel::of).toList();
    }
}
