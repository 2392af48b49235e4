package fr.cmq.monitoring.api;

import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.service.PartnerRequest;
import fr.cmq.monitoring.service.PartnerService;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A campus's partners: the paged list, one partner, and the writes (add, replace, record a departure). */
@Path("/api/v1/campuses/{campusId}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PARTNERS, description = ApiTags.PARTNERS_DESCRIPTION)
public class PartnerResource {

    private static final String PARTNER_ID = "The partner's identifier";

    @Inject
    PartnerService partners;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "listPartners", summary = "The campus's partners, paged by an opaque cursor",
            description = "Every partner of the campus, including those that left, in identifier order; filtered by "
                    + "active and category")
    @APIResponseSchema(value = PartnerPage.class, responseDescription = "{ items, nextCursor }; the Link header "
            + "carries the next page")
    public Response listPartners(@PathParam("campusId") UUID campusId,
                                 @Parameter(description = "true: only active partners; false: only those that left; "
                                         + "absent: all")
                                 @QueryParam("active") String active,
                                 @Parameter(description = "Only partners of this category code",
                                         schema = @Schema(implementation = PartnerCategory.class))
                                 @QueryParam("category") String category,
                                 @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor,
                                 @HeaderParam("If-None-Match") String ifNoneMatch,
                                 UriInfo uri) {
        String onlyActive = Params.oneOf("active", active, List.of("true", "false"));
        PartnerService.Slice slice = partners.list(campusId, onlyActive == null ? null : Boolean.valueOf(onlyActive),
                Params.code("category", category, PartnerCategory.class), cursorId(Cursors.decode(cursor)),
                Params.limit(limit));
        List<PartnerView> items = slice.partners().stream().map(PartnerView::of).toList();
        String next = slice.more() ? Cursors.encode(items.get(items.size() - 1).id().toString()) : null;
        PartnerPage page = new PartnerPage(items, next);
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(page), () -> {
            Response.ResponseBuilder response = Response.ok(page);
            if (next != null) {
                URI nextUri = uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
                response.header("Link", "<" + nextUri + ">; rel=\"next\"");
            }
            return response;
        });
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "getPartner", summary = "One partner of the campus",
            description = "The partner, also after it left (with its left date)")
    @APIResponseSchema(value = PartnerView.class, responseDescription = "The partner; its ETag is its version")
    public Response getPartner(@PathParam("campusId") UUID campusId,
                               @PathParam("partnerId") @Parameter(description = PARTNER_ID) UUID partnerId,
                               @HeaderParam("If-None-Match") String ifNoneMatch) {
        PartnerView partner = PartnerView.of(partners.get(campusId, partnerId));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(partner.version()), () -> partner);
    }

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "addPartner", summary = "Add a partner to the campus",
            description = "Publishes PartnerAdded with the partner and the campus's new typology. Two active partners "
                    + "of one campus cannot share a SIRET or a UAI (409); a left date cannot precede the joined date "
                    + "nor be in the future (422). " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponse(responseCode = "201", description = "Added; Location names the partner",
            headers = @Header(name = "ETag", description = "The partner's version, in quotes",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response addPartner(@PathParam("campusId") UUID campusId,
                               @RequestBody(required = true) PartnerRequest request, UriInfo uri) {
        Partner partner = partners.add(campusId, request, caller);
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campusId.toString())
                .path("partners").path(partner.id.toString()).build();
        return withETag(Response.created(location), partner);
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "replacePartner", summary = "Replace a partner",
            description = "Needs If-Match with the partner's current ETag (missing: 428, stale: 412). Publishes "
                    + "PartnerUpdated, or PartnerLeft when a left date is set for the first time; a PUT that changes "
                    + "nothing keeps the version and publishes nothing. A partner that left cannot lose its left date "
                    + "(409): add the organisation again if it rejoins. " + ApiTexts.WHO_MAY_WRITE_FIRST)
    @APIResponseSchema(value = PartnerView.class, responseDescription = "Replaced (or unchanged)")
    public Response replacePartner(@PathParam("campusId") UUID campusId,
                                   @PathParam("partnerId") @Parameter(description = PARTNER_ID) UUID partnerId,
                                   @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
                                   @RequestBody(required = true) PartnerRequest request) {
        return withETag(Response.ok(), partners.replace(campusId, partnerId, ifMatch, request, caller));
    }

    @DELETE
    @Path("/{partnerId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "removePartner", summary = "Record that a partner left the campus",
            description = "Nothing is erased: the partner keeps its history and gets a left date (leftOn, default "
                    + "today in France, Europe/Paris), not before it joined nor in the future (422); it is no longer "
                    + "counted in the typology. Needs If-Match (missing: 428, stale: 412); a partner that already "
                    + "left answers 409. Publishes PartnerLeft")
    @APIResponseSchema(value = PartnerView.class, responseDescription = "The partner, with its left date")
    public Response removePartner(@PathParam("campusId") UUID campusId,
                                  @PathParam("partnerId") @Parameter(description = PARTNER_ID) UUID partnerId,
                                  @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
                                  @Parameter(description = "Date the partner left (ISO 8601), not in the future; "
                                          + "default today in France (Europe/Paris)",
                                          schema = @Schema(type = SchemaType.STRING, format = "date"))
                                  @QueryParam("leftOn") String leftOn) {
        return withETag(Response.ok(), partners.leave(campusId, partnerId, ifMatch, Params.date("leftOn", leftOn),
                caller));
    }

    /** The answer to a write: the partner as it is now, with its ETag (its version). */
    private static Response withETag(Response.ResponseBuilder answer, Partner partner) {
        return answer.entity(PartnerView.of(partner)).header("ETag", ETags.of(partner.version())).build();
    }

    /** The partner identifier a decoded cursor carries; null for the first page. */
    private static UUID cursorId(String key) {
        if (key == null) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }
}
