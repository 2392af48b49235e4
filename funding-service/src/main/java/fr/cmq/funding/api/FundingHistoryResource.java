package fr.cmq.funding.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.AuditEntry;
import fr.cmq.funding.service.FundingHistoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The audit trail of a campus's funding: every accepted write and when; who made it for national tokens only. */
@Path("/api/v1/campuses/{campusId}/funding-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
public class FundingHistoryResource {

    @Inject
    FundingHistoryService history;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getFundingHistory", summary = "What changed the campus's funding and when (who: national"
            + " only)", description = "Every accepted write on the campus's budgets, director co-financing and"
                    + " envelopes, oldest first, from the event log. " + AuditEntry.ACTORS_RULE)
    public List<AuditEntry> fundingHistory(@PathParam("campusId") UUID campusId) {
        return AuditEntry.of(history.of(campusId), caller.isNational());
    }
}
