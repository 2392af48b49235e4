package fr.cmq.labelling.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.LabelDesk;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Opinions and decisions on applications, and the labels falling due. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labels")
public class ApplicationResource {

    private final LabelDesk desk;
    private final Caller caller;

    public ApplicationResource(LabelDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @Path("/applications/{applicationId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "One application with its opinion and decision")
    public ApplicationView application(@PathParam("applicationId") UUID applicationId) {
        return desk.application(applicationId);
    }

    @POST
    @Path("/applications/{applicationId}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Record the expert opinion on an application",
            description = "Stars 1-3 (justification required below 3) or an outcome (justification required unless "
                    + "FAVOURABLE), and the body that gave it. One opinion per application (409 for a second). "
                    + "Publishes OpinionIssued.")
    public ApplicationView opinion(@PathParam("applicationId") UUID applicationId,
                                   @Valid @NotNull OpinionRequest request) {
        return desk.issueOpinion(applicationId, request, caller.subject(), caller::requireWriteOn);
    }

    @POST
    @Path("/applications/{applicationId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Record the decision on an application",
            description = "Granted (start date, duration 1-5 years) or refused, with the legal act. One decision per "
                    + "application (409 for a second); 422 when the call requires parts the application lacks. "
                    + "Publishes LabelGranted or LabelRefused.")
    public ApplicationView decision(@PathParam("applicationId") UUID applicationId,
                                    @Valid @NotNull DecisionRequest request) {
        return desk.decide(applicationId, request, caller.subject(), caller::requireWriteOn);
    }

    @GET
    @Path("/labels/renewals-due")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "Current labels falling due on or before a date", description = "Sorted by expiry.")
    public List<LabelView> renewalsDue(@Parameter(description = "ISO date, e.g. 2027-06-30", required = true)
                                       @QueryParam("before") String before) {
        if (before == null) {
            throw ProblemException.invalid("before", "required (ISO date, e.g. 2027-06-30)");
        }
        try {
            return desk.renewalsDue(LocalDate.parse(before));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("before", "not an ISO date (e.g. 2027-06-30)");
        }
    }
}
