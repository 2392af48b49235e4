package fr.cmq.labelling.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.CallCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls for projects")
public class CallResource {

    private final CallCatalogue calls;
    private final Caller caller;

    public CallResource(CallCatalogue calls, Caller caller) {
        this.calls = calls;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The calls for projects, oldest first",
            description = "Includes the five calls of the report (Tableaux 1 and 2: dates, sections, lists and counts).")
    public List<CallView> list() {
        return calls.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "One call for projects, by code (e.g. CALL_2016)")
    public CallView get(@PathParam("code") String code) {
        return CallView.of(calls.require(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Publish a call for projects (national only)",
            description = "requiredParts lists what every application must hold before a decision (recommendations 1-4). "
                    + "A code already used answers 409.")
    public Response create(@Valid @NotNull CallRequest request, UriInfo uri) {
        CallView call = calls.create(request, caller.subject());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/calls").path(call.code()).build())
                .entity(call).build();
    }
}
