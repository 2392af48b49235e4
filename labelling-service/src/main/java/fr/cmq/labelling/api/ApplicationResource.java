package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Params;
import fr.cmq.labelling.service.ApplicationService;
import fr.cmq.labelling.service.DecisionRequest;
import fr.cmq.labelling.service.LabelService;
import fr.cmq.labelling.service.OpinionRequest;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application with the opinion and decision recorded on it, and the labels falling due. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.LABELS, description = ApiTags.LABELS_DESCRIPTION)
public class ApplicationResource {

    @Inject
    ApplicationService applications;
    @Inject
    LabelService labels;
    @Inject
    Caller caller;

    @GET
    @Path("/applications/{applicationId}")
    @Operation(operationId = "getApplication", summary = "One application with its opinion and decision",
            description = "The file, the parts its call still requires, its opinion and its decision.")
    public ApplicationView application(@PathParam("applicationId") UUID applicationId) {
        return ApplicationView.of(applications.get(applicationId));
    }

    @POST
    @Path("/applications/{applicationId}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "issueOpinion", summary = "Record the expert opinion on an application",
            description = ApiTexts.REGION_FIRST + "Stars 1-3 (justification required below 3) or an outcome "
                    + "(justification required unless FAVOURABLE), and the body that gave it. One opinion per "
                    + "application (409 for a second). Publishes OpinionIssued.")
    public ApplicationView opinion(@PathParam("applicationId") UUID applicationId,
                                   @RequestBody(required = true) OpinionRequest request) {
        return ApplicationView.of(applications.issueOpinion(applicationId, request, caller));
    }

    @POST
    @Path("/applications/{applicationId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "decideApplication", summary = "Record the decision on an application",
            description = ApiTexts.REGION_FIRST + "Granted (start date, duration 1-5 years) or refused, with the "
                    + "legal act. One decision per application (409 for a second); 422 when the call requires parts "
                    + "the application lacks. Publishes LabelGranted or LabelRefused.")
    public ApplicationView decision(@PathParam("applicationId") UUID applicationId,
                                    @RequestBody(required = true) DecisionRequest request) {
        return ApplicationView.of(applications.decide(applicationId, request, caller));
    }

    @GET
    @Path("/labels/renewals-due")
    @Operation(operationId = "listRenewalsDue", summary = "Current labels falling due on or before a date",
            description = "The labels neither withdrawn nor expired today whose expiry falls on or before 'before', "
                    + "sorted by expiry.")
    public List<LabelView> renewalsDue(@Parameter(description = "ISO date, e.g. 2027-06-30", required = true)
                                       @QueryParam("before") String before) {
        LocalDate date = Params.date("before", before);
        if (date == null) {
            throw ProblemException.invalid("before", "required (ISO date, e.g. 2027-06-30)");
        }
        return labels.renewalsDue(date).stream().map(LabelView::of).toList();
    }
}
