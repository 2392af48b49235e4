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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
                    + "Answers 404 while the campus is unknown to the register or its profile is not provided yet. "
                    + "Any token may read it (national, regional of any region, reader)")
    @APIResponse(responseCode = "200", description = "The profile; its ETag is its version",
            headers = @Header(name = "ETag", description = "The profile's version, in quotes",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response getProfile(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                               @HeaderParam("If-None-Match") String ifNoneMatch) {
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
                    + "legal form cannot move. Who may call: the national role, or a regional token for the campuses "
                    + "of its region; who may write is decided before the body is validated")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            headers = @Header(name = "ETag", description = "The profile's new version, in quotes",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "The profile's version, in quotes",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response putProfile(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                               @Parameter(description = "Current ETag of the profile; required when it exists")
                               @HeaderParam("If-Match") String ifMatch,
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
                    + "recorded each change is shown to the national role only. Any token may read it (national, regional "
                    + "of any region, reader)")
    @APIResponse(responseCode = "200", description = "Every legal form the campus has had with its dates",
            headers = @Header(name = "ETag", description = "A digest of the history",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LegalFormPeriod.class)))
    public Response legalFormHistory(@Parameter(description = "The campus's identifier")
                                     @PathParam("campusId") UUID campusId,
                                     @HeaderParam("If-None-Match") String ifNoneMatch) {
        List<LegalFormPeriod> periods = profiles.history(campusId, caller).stream().map(LegalFormPeriod::of).toList();
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(periods), () -> periods);
    }
}
