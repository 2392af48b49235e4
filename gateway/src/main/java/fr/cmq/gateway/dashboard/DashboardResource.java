package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The national campus table and its aggregates, read from the gateway's read model only (no call to the services). */
@Path("/api/v1/dashboard")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "National dashboard", description = "The national campus table (recommendation 6 of the report), its "
        + "summary, campus detail and change feed, from the gateway's read model of the services' events")
public class DashboardResource {

    private static final String ETAG = "Weak tag of the read model's state; changes with every applied event and every day";

    private final NationalTable table;
    private final TableAnswers answers;
    private final CampusDetails details;
    private final ChangeFeed changeFeed;
    private final DashboardProjector projector;
    private final DashboardChanges changes;
    private final CmqClock clock;

    public DashboardResource(NationalTable table, TableAnswers answers, CampusDetails details, ChangeFeed changeFeed,
                             DashboardProjector projector, DashboardChanges changes, CmqClock clock) {
        this.table = table;
        this.answers = answers;
        this.details = details;
        this.changeFeed = changeFeed;
        this.projector = projector;
        this.changes = changes;
        this.clock = clock;
    }

    /** The answer of a rebuild. */
    @Schema(name = "RebuildStarted", description = "The read model was emptied and is being filled again from the topics")
    public record RebuildStarted(long generation, String detail) {
    }

    @GET
    @Path("/campuses")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of the table (JSON), or every matching row (CSV)",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "The next page: <...cursor=...>; rel=\"next\" (JSON only)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TablePage.class)),
                    @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @Operation(operationId = "dashboardListCampuses", summary = "The national campus table",
            description = "One row per campus: register, label status and expiry, legal form and support establishment, "
                    + "partners and their public/private x initial/continuing matrix with warning flags, forecast budget "
                    + "of the year with funder shares, non-rectorat and ex-ante shares, director post, missing "
                    + "recommendation 6 items. Filters combine; sort=field,-other (designation, region, family, "
                    + "labelExpiry, activePartners, forecastBudget, updatedAt); paged by an opaque cursor (limit 1-500, "
                    + "default 50). Accept: text/csv or format=csv streams every matching row as flat columns. Answers "
                    + "an ETag; If-None-Match with it gives 304 while nothing changed.")
    public Response campuses(@BeanParam TableParameters filters,
                             @Parameter(description = "Sort fields, comma-separated; prefix - for descending")
                             @QueryParam("sort") String sort,
                             @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
                             @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
                             @Parameter(description = "json (default) or csv") @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        return ConditionalRequests.conditionalGet(ifNoneMatch, changes.entityTag(), () -> {
            TableQuery query = filters.query(sort, clock.today());
            if (Params.csvRequested(format, accept)) {
                return Response.ok(TableCsv.stream(table.rows(query)), CsvWriter.CONTENT_TYPE).header(
                        "Content-Disposition", "attachment; filename=\"campus-national-" + query.year() + ".csv\"");
            }
            AnswerCache.Answer answer = answers.page(query, Cursors.decode(cursor), Params.limit(limit),
                    String.valueOf(uri.getRequestUri().getRawQuery()));
            Response.ResponseBuilder response = Response.ok(answer.body()).type(MediaType.APPLICATION_JSON);
            if (answer.nextCursor() != null) {
                response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", answer.nextCursor())
                        .build() + ">; rel=\"next\"");
            }
            return response;
        });
    }

    @GET
    @Path("/campuses/{campusId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dashboardGetCampus", summary = "One campus with everything the three services published about it",
            description = "The table row for the year, the label, the profile, the partners and their summary, every "
                    + "budget and director co-financing: one answer from the read model. 404 for a campus the register "
                    + "has not published.")
    public CampusDetail campus(@PathParam("campusId") UUID campusId,
                               @Parameter(description = "Year of the row's budget columns (default: this year)")
                               @QueryParam("year") Integer year) {
        return details.find(campusId, Params.year("year", year, clock.today())).orElseThrow(
                () -> ProblemException.notFound("Campus " + campusId + " in the national table"));
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dashboardSummary", summary = "National aggregates of the table (same filters)",
            description = "Legal forms, support establishment types, regions, families, partner typology, forecast "
                    + "budget and funder split, labels falling due per year and missing recommendation 6 items, over "
                    + "the rows the same filters select. Answers an ETag; If-None-Match with it gives 304 while nothing "
                    + "changed.")
    @APIResponse(responseCode = "200", description = "The aggregates",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalSummary.class)))
    public Response summary(@BeanParam TableParameters filters,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        return ConditionalRequests.conditionalGet(ifNoneMatch, changes.entityTag(), () -> Response.ok(
                answers.summary(filters.query(null, clock.today()), String.valueOf(uri.getRequestUri().getRawQuery()))
                        .body()).type(MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dashboardChanges", summary = "The rows changed since a point, for incremental refresh",
            description = "Start without since: every row comes, in change order. Keep nextSince and pass it as since "
                    + "next time: only the rows changed after it come (each at most once per page, in its current "
                    + "state). Example: GET /api/v1/dashboard/changes?limit=500 -> {items: [...], nextSince: \"MTIz\"}; "
                    + "later GET /api/v1/dashboard/changes?since=MTIz -> the rows changed since, and a new nextSince. "
                    + "An empty items list keeps the same nextSince.")
    public ChangeFeed.Changes changes(@Parameter(description = "The nextSince of the previous answer") @QueryParam("since") String since,
                                      @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
                                      @Parameter(description = "Year of the rows' budget columns (default: this year)")
                                      @QueryParam("year") Integer year) {
        return changeFeed.after(since, Params.limit(limit), Params.year("year", year, clock.today()));
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.NATIONAL)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dashboardRebuild", summary = "Rebuild the read model from the topics",
            description = "Empties the national table and reads the services' topics again from the beginning; the "
                    + "table fills back within seconds. Answers 202.")
    @APIResponse(responseCode = "202", description = "The rebuild started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildStarted.class)))
    public Response rebuild() {
        return Response.accepted(new RebuildStarted(projector.rebuild(),
                "The national table is being rebuilt from the topics")).build();
    }
}
