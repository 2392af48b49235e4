package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.AuditEntry;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Page;
import fr.cmq.common.web.Params;
import fr.cmq.labelling.domain.DatedCampus;
import fr.cmq.labelling.service.CampusQuery;
import fr.cmq.labelling.service.CampusRegistration;
import fr.cmq.labelling.service.CampusService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The campus register: register, read, change (merge-patch), list (JSON pages or CSV) and the audit trail. */
@Path("/api/v1/campuses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.REGISTER, description = ApiTags.REGISTER_DESCRIPTION)
public class CampusResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CampusService campuses;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper objectMapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "registerCampus", summary = "Register a campus",
            description = ApiTexts.REGION_FIRST + "Codes are checked against /api/v1/reference/*; every academy "
                    + "must belong to the campus's region (422 otherwise). Answers 201 with Location, ETag and the "
                    + "campus; publishes CampusRegistered.")
    @APIResponse(responseCode = "201", description = "Registered: the campus, its URL and its ETag",
            content = @Content(schema = @Schema(implementation = CampusView.class)),
            headers = @Header(name = "ETag", description = "The campus's version, for If-Match and If-None-Match"))
    public Response register(@RequestBody(required = true) CampusRegistration request, UriInfo uri) {
        CampusView campus = CampusView.of(campuses.register(request, caller));
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campus.id().toString()).build();
        return Response.created(location).header(HttpHeaders.ETAG, ETags.of(campus.version())).entity(campus).build();
    }

    @GET
    @Path("/{campusId}")
    @Operation(operationId = "getCampus", summary = "One campus of the register",
            description = "Answers the campus's ETag (its version); If-None-Match with it (weak comparison, lists, *) "
                    + "gives 304.")
    @APIResponseSchema(value = CampusView.class, responseDescription = "The campus, with its ETag")
    public Response get(@PathParam("campusId") UUID campusId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CampusView campus = CampusView.of(campuses.get(campusId));
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.of(campus.version()), () -> campus);
    }

    @GET
    @Path("/{campusId}/history")
    @Operation(operationId = "getCampusHistory", summary = "What changed the campus and when (who: national only)",
            description = "Every accepted write on the campus or its label, oldest first, from the event log: the "
                    + "event's version and type, when, and the token subject that made it. " + AuditEntry.ACTORS_RULE)
    public List<AuditEntry> history(@PathParam("campusId") UUID campusId) {
        return AuditEntry.of(campuses.auditTrail(campusId), caller.isNational());
    }

    @PATCH
    @Path("/{campusId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "patchCampus", summary = "Change a campus (JSON merge-patch)",
            description = ApiTexts.REGION_FIRST + "A patch that moves the campus needs the new region too. Fields: "
                    + "designation, familyCode, regionCode, academyCodes, communicationNames. " + ApiTexts.IF_MATCH
                    + "A new designation keeps the former one in formerDesignations; the id never changes. "
                    + "Publishes CampusUpdated.")
    @APIResponseSchema(value = CampusView.class, responseDescription = "The changed campus, with its new ETag")
    public Response patch(@PathParam("campusId") UUID campusId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(required = true, content = {
                                  @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CampusPatchBody.class)),
                                  @Content(mediaType = MediaType.APPLICATION_JSON,
                                          schema = @Schema(implementation = CampusPatchBody.class))})
                          byte[] body) throws JsonProcessingException {
        JsonNode patch;
        try {
            // JSON is UTF-8 (RFC 8259), whatever charset a client puts on the merge-patch media type.
            patch = body == null || body.length == 0 ? null : objectMapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw e; // answered by ProblemMappers, naming the field (a control character in a value, a duplicate key...)
        } catch (IOException e) {
            throw ProblemException.invalid("body", "malformed JSON (UTF-8 expected)");
        }
        CampusView campus = CampusView.of(campuses.patch(campusId, patch, ifMatch, caller));
        return Response.ok(campus).header(HttpHeaders.ETAG, ETags.of(campus.version())).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(operationId = "listCampuses", summary = "The campus register",
            description = "In designation order, paged by an opaque cursor (limit 1-500, default 50; Link rel=next). "
                    + "Filters combine. With Accept: text/csv or format=csv, streams every matching campus as RFC 4180 "
                    + "CSV (UTF-8, header row; academies joined by '|').")
    @APIResponse(responseCode = "200", description = "A page of campuses (JSON), or every matching campus (CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampusPage.class)),
                    @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@Parameter(description = "Region INSEE code") @QueryParam("region") String region,
                         @Parameter(description = "Academy code") @QueryParam("academy") String academy,
                         @Parameter(description = "Sector family code") @QueryParam("family") String family,
                         @Parameter(description = "Label status today") @QueryParam("labelStatus") String labelStatus,
                         @Parameter(description = "Words of the designation or of an alias, accents ignored")
                         @QueryParam("q") String q,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
                         @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor,
                         @Parameter(description = "csv to stream CSV") @QueryParam("format") String format,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept, UriInfo uri) {
        CampusQuery query = new CampusQuery(region, academy, family,
                Params.code("labelStatus", labelStatus, LabelStatus.class), q);
        if (Params.csvRequested(format, accept)) {
            return Response.ok(CampusCsv.of(campuses.list(query, null, null)), CsvWriter.CONTENT_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"campus.csv\"").build();
        }
        int size = Params.limit(limit);
        List<DatedCampus> found = campuses.list(query, CampusCursor.decode(cursor), size + 1);
        List<DatedCampus> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? CampusCursor.after(page.get(page.size() - 1).campus()) : null;
        Response.ResponseBuilder response = Response.ok(new CampusPage(page.stream().map(CampusView::of).toList(), next))
                .type(MediaType.APPLICATION_JSON);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }
}
