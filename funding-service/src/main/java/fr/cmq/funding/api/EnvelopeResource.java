package fr.cmq.funding.api;

import jakarta.inject.Inject;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Page;
import fr.cmq.common.web.Params;
import fr.cmq.funding.service.AllocationRequest;
import fr.cmq.funding.service.EnvelopeRequest;
import fr.cmq.funding.service.EnvelopeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Multi-campus envelopes of one funder over several years, and what each campus draws from them. */
@Path("/api/v1/funding-envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding envelopes", description = "Multi-year envelopes of one funder shared by several campuses")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
public class EnvelopeResource {

    private static final String ETAG = "The envelope's entity tag (for If-None-Match): a new one with each allocation";

    @Inject
    EnvelopeService envelopes;
    @Inject
    Caller caller;

    /** One page of envelopes. */
    @Schema(name = "EnvelopePage", description = "One page of envelopes and the cursor of the next (absent on the last)")
    public record EnvelopePage(List<EnvelopeView> items, String nextCursor) {
    }

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "createEnvelope", summary = "Create an envelope",
            description = "A multi-year envelope of one funder over several campuses (each once, all in the national"
                    + " register; a period within 2013..(current year + 5)). Publishes EnvelopeCreated once per covered"
                    + " campus. A regional token may cover only campuses of its region, which is checked before the body"
                    + " is validated.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
            content = @Content(schema = @Schema(implementation = EnvelopeView.class)))
    public Response createEnvelope(EnvelopeRequest request, UriInfo uri) {
        return created(EnvelopeView.of(envelopes.create(request, caller)), uri);
    }

    @GET
    @Operation(operationId = "listEnvelopes",
            summary = "Envelopes, paged by an opaque cursor, optionally only those covering a campus",
            description = "Envelopes by id in keyset pages {items, nextCursor}; the Link header (rel=next) carries"
                    + " the next page too.")
    @APIResponseSchema(value = EnvelopePage.class, responseDescription = "One page")
    public Response listEnvelopes(
            @Parameter(description = "Only envelopes covering this campus") @QueryParam("campusId") UUID campusId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Page<EnvelopeService.Statement> page = envelopes.list(campusId, Params.limit(limit), cursor);
        Response.ResponseBuilder response = Response.ok(new EnvelopePage(
                page.items().stream().map(EnvelopeView::of).toList(), page.nextCursor()));
        if (page.nextCursor() != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor())
                    .build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{envelopeId}")
    @Operation(operationId = "getEnvelope", summary = "One envelope with its allocations and what each campus has drawn",
            description = "The envelope, every allocation (oldest first), what each covered campus has drawn and what"
                    + " remains; answers an ETag, and 304 to If-None-Match naming it.")
    @APIResponseSchema(value = EnvelopeView.class, responseDescription = "The envelope")
    public Response getEnvelope(@Parameter(description = "The envelope's id") @PathParam("envelopeId") UUID envelopeId,
                                @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        EnvelopeService.Statement envelope = envelopes.get(envelopeId);
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(envelope.envelope().version()),
                () -> EnvelopeView.of(envelope));
    }

    @POST
    @Path("/{envelopeId}/allocations")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "allocateFromEnvelope",
            summary = "Allocate an amount of the envelope to one of its campuses for a year",
            description = "Refused (422, nothing stored) when the allocations would add to more than the envelope,"
                    + " when the campus is not covered or the year is outside the period. Publishes"
                    + " EnvelopeAllocated for the campus. A regional token allocates only to campuses of its region,"
                    + " which is checked before the body is validated.")
    @APIResponse(responseCode = "201", description = "Allocated; the body is the envelope after it", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The URL of the envelope"),
            @Header(name = HttpHeaders.ETAG, description = ETAG)},
            content = @Content(schema = @Schema(implementation = EnvelopeView.class)))
    public Response allocateFromEnvelope(
            @Parameter(description = "The envelope's id") @PathParam("envelopeId") UUID envelopeId,
            AllocationRequest request, UriInfo uri) {
        return created(EnvelopeView.of(envelopes.allocate(envelopeId, request, caller)), uri);
    }

    /** 201 with the envelope, its URL and its ETag. */
    private static Response created(EnvelopeView envelope, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/v1/funding-envelopes").path(envelope.id().toString()).build();
        return WriteAnswers.created(location, envelope.version(), envelope);
    }
}
