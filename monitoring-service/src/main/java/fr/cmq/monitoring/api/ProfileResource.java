package fr.cmq.monitoring.api;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.service.ProfileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campuses/{campusId}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campus profile", description = "Legal form and its history, support establishment, operational director "
        + "post, governance (recommendations 6, 7, 8, 13)")
public class ProfileResource {

    private final ProfileService profiles;
    private final CampusDirectory directory;
    private final Caller caller;

    public ProfileResource(ProfileService profiles, CampusDirectory directory, Caller caller) {
        this.profiles = profiles;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The campus's profile")
    @APIResponse(responseCode = "200", description = "The profile; ETag = its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register, or its profile not provided yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getProfile(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        ProfileView profile = profiles.get(campusId);
        return Http.ok(profile, profile.version(), ifNoneMatch);
    }

    @PUT
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Create or replace the campus's profile",
            description = "The client owns the whole profile. Creating needs no If-Match; replacing needs If-Match "
                    + "with the current ETag. A change of legal form (or of GIP kind) is kept in the history with the "
                    + "date it took effect and publishes LegalFormChanged; every change publishes ProfileChanged. "
                    + "A PUT that changes nothing answers 200 and publishes nothing. A regional token writes only "
                    + "the campuses of its region")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field: missing, unknown field, unknown enumeration code, "
            + "malformed UAI, FTE negative or above 5, gipKind without GIP or missing for a GIP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Reader token, or regional token of another region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule of the domain: SUPPORT_ESTABLISHMENT without a support "
            + "establishment or with a legal personality; a new legal form dated before the current one; the date "
            + "of an unchanged legal form moved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The profile exists and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putProfile(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                        @Parameter(description = "Current ETag of the profile; required when it exists")
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull ProfileRequest request) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        ProfileService.Result result = profiles.put(campus, ifMatch, request, caller.subject());
        return Response.status(result.created() ? 201 : 200).entity(result.profile())
                .header("ETag", ETags.of(result.profile().version())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The history of the campus's legal form, oldest first")
    @APIResponse(responseCode = "200", description = "Every legal form the campus has had with its dates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LegalFormPeriod.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register, or its profile not provided yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response legalFormHistory(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Http.ok(profiles.history(campusId, caller.isNational()), ifNoneMatch);
    }
}
