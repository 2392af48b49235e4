package fr.cmq.monitoring.api;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.problem.Problem;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerCategory;
import fr.cmq.monitoring.service.PartnerService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/campuses/{campusId}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campus partners", description = "Partners and their typology: public/private x initial/continuing "
        + "training (recommendations 2, 6, 10, 11, 13)")
public class PartnerResource {

    private final PartnerService partners;
    private final CampusDirectory directory;
    private final Caller caller;

    public PartnerResource(PartnerService partners, CampusDirectory directory, Caller caller) {
        this.partners = partners;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The campus's partners, including those that left, paged by an opaque cursor")
    @APIResponse(responseCode = "200", description = "{ items, nextCursor }; the Link header carries the next page",
            content = @Content(schema = @Schema(implementation = PartnerPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor, active or category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listPartners(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                         @Parameter(description = "true: only active partners; false: only those that left; "
                                 + "absent: all") @QueryParam("active") String active,
                         @Parameter(description = "Only partners of this category code",
                                 schema = @Schema(implementation = PartnerCategory.class))
                         @QueryParam("category") String category,
                         @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Opaque cursor of the next page") @QueryParam("cursor") String cursor,
                         UriInfo uri) {
        directory.require(campusId);
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        StringBuilder query = new StringBuilder("campusId = :campus");
        Parameters params = Parameters.with("campus", campusId);
        if (active != null) {
            if (!active.equals("true") && !active.equals("false")) {
                throw ProblemException.invalid("active", "must be true or false");
            }
            query.append(active.equals("true") ? " and leftOn is null" : " and leftOn is not null");
        }
        if (category != null) {
            query.append(" and category = :category");
            params.and("category", parseCategory(category));
        }
        if (after != null) {
            query.append(" and id > :after");
            params.and("after", parseCursorId(after));
        }
        List<Partner> found = Partner.find(query.toString(), Sort.by("id"), params).page(0, size + 1).list();
        List<PartnerView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, found.size()); i++) {
            items.add(PartnerView.of(found.get(i)));
        }
        String next = found.size() > size ? Cursors.encode(items.get(items.size() - 1).id().toString()) : null;
        Response.ResponseBuilder response = Response.ok(new PartnerPage(items, next));
        if (next != null) {
            URI nextUri = uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
            response.header("Link", "<" + nextUri + ">; rel=\"next\"");
        }
        return response.build();
    }

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Add a partner to the campus", description = "Publishes PartnerAdded with the partner and "
            + "the campus's new typology. A regional token writes only the campuses of its region")
    @APIResponse(responseCode = "201", description = "Added; Location names the partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field: missing, unknown field, unknown category, sector, "
            + "training role or membership basis code, malformed SIRET (14 digits + Luhn) or UAI (7 digits + 1 letter), "
            + "companySize missing for a COMPANY or given for another category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Reader token, or regional token of another region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An active partner of this campus has the same SIRET or UAI",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "leftOn is before joinedOn, or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPartner(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                        @Valid @NotNull PartnerRequest request, UriInfo uri) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        PartnerView partner = partners.add(campus, request, caller.subject());
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campusId.toString())
                .path("partners").path(partner.id().toString()).build();
        return Response.created(location).header("ETag", ETags.of(partner.version())).entity(partner).build();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The typology of the campus's active partners",
            description = "Total, the 2x2 matrix public/private x initial/continuing (a partner with training role "
                    + "BOTH counts in both the initial and the continuing cell of its sector; NONE counts in no cell), "
                    + "counts per category, share of signed commitments, and the report's warning flags. The same "
                    + "object is carried by every partner event")
    @APIResponse(responseCode = "200", description = "The typology",
            content = @Content(schema = @Schema(implementation = PartnerSummary.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown to the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response partnerSummary(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                            @HeaderParam("If-None-Match") String ifNoneMatch) {
        directory.require(campusId);
        return Http.ok(partners.summary(campusId), ifNoneMatch);
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "One partner of the campus (also after it left)")
    @APIResponse(responseCode = "200", description = "The partner; ETag = its version",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown, or no such partner of this campus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getPartner(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                        @Parameter(description = "The partner's identifier") @PathParam("partnerId") UUID partnerId,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        directory.require(campusId);
        PartnerView partner = partners.get(campusId, partnerId);
        return Http.ok(partner, partner.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Replace a partner", description = "Needs If-Match with the partner's current ETag. "
            + "Publishes PartnerUpdated, or PartnerLeft when a left date is set for the first time; a PUT that changes "
            + "nothing keeps the version and publishes nothing. A partner that "
            + "left cannot lose its left date (409): add the organisation again if it rejoins")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (as for POST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Reader token, or regional token of another region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown, or no such partner of this campus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Same SIRET or UAI as another active partner, or a partner that "
            + "left given no left date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "leftOn is before joinedOn, or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePartner(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                            @Parameter(description = "The partner's identifier") @PathParam("partnerId") UUID partnerId,
                            @Parameter(description = "Current ETag of the partner", required = true)
                            @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull PartnerRequest request) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        PartnerView partner = partners.replace(campus, partnerId, ifMatch, request, caller.subject());
        return Response.ok(partner).header("ETag", ETags.of(partner.version())).build();
    }

    @DELETE
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Record that a partner left the campus",
            description = "Nothing is erased: the partner keeps its history and gets a left date (leftOn, default "
                    + "today UTC); it is no longer counted in the typology. Needs If-Match. Publishes PartnerLeft")
    @APIResponse(responseCode = "200", description = "The partner, with its left date",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "leftOn is not an ISO 8601 date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Reader token, or regional token of another region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campus unknown, or no such partner of this campus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The partner already left",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "leftOn is before the partner's joinedOn, or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removePartner(@Parameter(description = "The campus's identifier") @PathParam("campusId") UUID campusId,
                          @Parameter(description = "The partner's identifier") @PathParam("partnerId") UUID partnerId,
                          @Parameter(description = "Current ETag of the partner", required = true)
                          @HeaderParam("If-Match") String ifMatch,
                          @Parameter(description = "Date the partner left (ISO 8601), not in the future; default today (UTC)",
                                  schema = @Schema(type = SchemaType.STRING, format = "date"))
                          @QueryParam("leftOn") String leftOn) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        PartnerView partner = partners.leave(campus, partnerId, ifMatch, Http.date("leftOn", leftOn),
                caller.subject());
        return Response.ok(partner).header("ETag", ETags.of(partner.version())).build();
    }

    private static PartnerCategory parseCategory(String code) {
        try {
            return PartnerCategory.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "unknown code '" + code + "'; expected one of "
                    + Arrays.toString(PartnerCategory.values()));
        }
    }

    private static UUID parseCursorId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }
}
