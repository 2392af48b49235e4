package fr.cmq.funding.api;

import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Roles;
import fr.cmq.funding.domain.BudgetHolder;
import fr.cmq.funding.domain.BudgetKind;
import fr.cmq.funding.domain.BudgetUse;
import fr.cmq.funding.domain.ContributionNature;
import fr.cmq.funding.domain.ContributionStatus;
import fr.cmq.funding.domain.FunderType;
import fr.cmq.funding.domain.FundingModality;
import fr.cmq.funding.domain.Labelled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Codes and French labels of the funding service's enumerations. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "Funding reference data", description = "Codes of the funding enumerations and their French labels")
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED,
        content = @Content(mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class FundingReferenceResource {

    @Schema(name = "CodeLabel", description = "A stable code and its French label")
    public record CodeLabel(@Schema(description = "Stable UPPER_SNAKE code used in the API and events") String code,
                            @Schema(description = "French label, for display only") String label) {
    }

    @Schema(name = "FunderTypeItem", description = "A funder type, its French label and its Annexe 3 group")
    public record FunderTypeItem(String code, String label,
                                 @Schema(description = "Group of the report's Annexe 3 budget indicator")
                                 FunderType.Annex3Bucket annex3Bucket) {
    }

    @GET
    @Path("/funder-types")
    @Operation(operationId = "listFunderTypes", summary = "Funder types with their French labels and Annexe 3 groups",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The 11 funder types, in reference order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FunderTypeItem.class)))
    public List<FunderTypeItem> funderTypes() {
        return Arrays.stream(FunderType.values())
                .map(t -> new FunderTypeItem(t.name(), t.label(), t.annex3Bucket())).toList();
    }

    @GET
    @Path("/budget-kinds")
    @Operation(operationId = "listBudgetKinds", summary = "Budget kinds (forecast, executed) with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> budgetKinds() {
        return labels(BudgetKind.values());
    }

    @GET
    @Path("/budget-holders")
    @Operation(operationId = "listBudgetHolders", summary = "Budget holders with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> budgetHolders() {
        return labels(BudgetHolder.values());
    }

    @GET
    @Path("/budget-uses")
    @Operation(operationId = "listBudgetUses", summary = "Uses of a budget with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> budgetUses() {
        return labels(BudgetUse.values());
    }

    @GET
    @Path("/contribution-natures")
    @Operation(operationId = "listContributionNatures", summary = "Natures of a contribution (cash, in kind, staff) with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> contributionNatures() {
        return labels(ContributionNature.values());
    }

    @GET
    @Path("/funding-modalities")
    @Operation(operationId = "listFundingModalities", summary = "Funding modalities (ex-ante, ex-post) with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> fundingModalities() {
        return labels(FundingModality.values());
    }

    @GET
    @Path("/contribution-statuses")
    @Operation(operationId = "listContributionStatuses", summary = "Statuses of a contribution with their French labels",
            description = "The codes in reference order with their French labels, for display. Who may call it:"
                    + " every role (national, regional, reader).")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeLabel.class)))
    public List<CodeLabel> contributionStatuses() {
        return labels(ContributionStatus.values());
    }

    private static List<CodeLabel> labels(Labelled[] values) {
        return Arrays.stream(values).map(v -> new CodeLabel(v.name(), v.label())).toList();
    }
}
