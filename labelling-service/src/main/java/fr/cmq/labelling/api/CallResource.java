package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.CallRequest;
import fr.cmq.labelling.service.CallService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The calls for projects. */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.CALLS, description = ApiTags.CALLS_DESCRIPTION)
public class CallResource {

    @Inject
    CallService calls;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listCalls", summary = "The calls for projects, oldest first",
            description = "Includes the five calls of the report (Tableaux 1 and 2: dates, sections, lists and "
                    + "counts).")
    public List<CallView> list() {
        return calls.list().stream().map(CallView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCall", summary = "One call for projects, by code (e.g. CALL_2016)",
            description = "Its dates, sections, the lists it produced and the parts it requires.")
    public CallView get(@PathParam("code") String code) {
        return CallView.of(calls.require(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL)
    @Operation(operationId = "createCall", summary = "Publish a call for projects (national only)",
            description = "requiredParts lists what every application must hold before a decision (recommendations "
                    + "1-4). A code already used answers 409. Answers 201 with Location.")
    @APIResponseSchema(value = CallView.class, responseCode = "201",
            responseDescription = "Published: the call and its URL")
    public Response create(@RequestBody(required = true) CallRequest request, UriInfo uri) {
        CallView call = CallView.of(calls.create(request, caller));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/calls").path(call.code()).build())
                .entity(call).build();
    }
}
