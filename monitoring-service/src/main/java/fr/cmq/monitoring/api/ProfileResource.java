package fr.cmq.monitoring.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.service.ProfileRequest;
import fr.cmq.monitoring.service.ProfileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/campuses/{campusId}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PROFILE, description = ApiTags.PROFILE_DESCRIPTION)
public class ProfileResource {

    @Inject
    ProfileService profiles;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getProfile", summary = "The campus's profile",
            description = "The campus's legal form, support establishment, operational director post and governance. "
                    + "Answers 404 while the campus is unknown to the register or its profile is not provided yet")
    @APIResponseSchema(value = ProfileView.class, responseDescription = "The profile; its ETag is its version")
    public Response getProfile(@PathParam("campusId") UUID campusId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ProfileView profile = ProfileView.of(profiles.get(campusId));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(profile.version()), () -> profile);
    }

    @PUT
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putProfile", summary = "Create or replace the campus's profile",
            description = "The client owns the whole profile. Creating needs no If-Match; replacing needs If-Match "
                    + "with the current ETag (missing: 428, stale: 412). A change of legal form (or of GIP kind) is "
                    + "kept in the history with the date it took effect and publishes LegalFormChanged; every change "
                    + "publishes ProfileChanged; a PUT that changes nothing answers 200 and publishes nothing. "
                    + "Rules of the domain (422): SUPPORT_ESTABLISHMENT needs a support establishment and has no legal "
                    + "personality; a new legal form cannot be dated before the current one; the date of an unchanged "
                    + "legal form cannot move. " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponseSchema(value = ProfileView.class, responseDescription = "Replaced (or unchanged)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response putProfile(@PathParam("campusId") UUID campusId, @HeaderParam("If-Match") String ifMatch,
                               @RequestBody(required = true) ProfileRequest request) {
        ProfileService.Result result = profiles.put(campusId, ifMatch, request, caller);
        return Response.status(result.created() ? 201 : 200).entity(ProfileView.of(result.profile()))
                .header("ETag", ETags.of(result.profile().version())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "legalFormHistory", summary = "The history of the campus's legal form, oldest first",
            description = "Every legal form the campus has had, with the date each took effect and ended. Who "
                    + "recorded each change is shown to the national role only")
    @APIResponseSchema(value = LegalFormPeriod[].class, responseDescription = "Every legal form the campus has had "
            + "with its dates")
    public Response legalFormHistory(@PathParam("campusId") UUID campusId,
                                     @HeaderParam("If-None-Match") String ifNoneMatch) {
        List<LegalFormPeriod> periods = profiles.history(campusId, caller).stream().map(LegalFormPeriod::of).toList();
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(periods), () -> periods);
    }
}
