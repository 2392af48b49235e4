package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The national campus table and its aggregates, read from the gateway's read model only (no call to the services). */
@Path("/api/v1/dashboard")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National dashboard", description = "The national campus table (recommendation 6 of the report), its "
        + "summary, campus detail and change feed, from the gateway's read model of the services' events")
public class DashboardResource {

    /** What the ETag of the table and of its summary is (the convention documents the header itself). */
    private static final String READ_MODEL_TAG = "Answers a weak ETag of the read model's state, which changes with "
            + "every applied event and every day; If-None-Match with it gives 304 while nothing changed.";

    @Inject
    NationalTable table;
    @Inject
    TableAnswers answers;
    @Inject
    CampusDetails details;
    @Inject
    ChangeFeed changeFeed;
    @Inject
    DashboardProjector projector;
    @Inject
    DashboardChanges changes;
    @Inject
    ProjectionState state;
    @Inject
    CmqClock clock;
    @Inject
    CampusHistory history;
    @Inject
    Caller caller;
    @Inject
    ReadModelQueries readModel;

    /** The answer of a rebuild. */
    @Schema(name = "RebuildStarted", description = "The read model was emptied and is being filled again from the topics")
    public record RebuildStarted(long generation, String detail) {
    }

    @GET
    @Path("/campuses")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of the table (JSON), or every matching row (CSV)",
            headers = @Header(name = TableFreshness.HEADER, description = TableFreshness.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TablePage.class)),
                    @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @Operation(operationId = "dashboardListCampuses", summary = "The national campus table",
            description = "One row per campus: register, label status and expiry, legal form and support establishment, "
                    + "partners and their public/private x initial/continuing matrix with warning flags, forecast budget "
                    + "of the year with funder shares, non-rectorat and ex-ante shares, director post, missing "
                    + "recommendation 6 items, and where the campus comes from (source: its kind, REPORT_2017, "
                    + "DECLARED, IMPORTED, EXAMPLE or SYNTHETIC, with its details; demonstration campuses are listed, "
                    + "with their kind). Filters combine (source repeatable); sort=field,-other (designation, region, family, "
                    + "labelExpiry, activePartners, forecastBudget, updatedAt); paged by an opaque cursor (limit 1-500, "
                    + "default 50; a JSON page that has a next one links it in Link). Accept: text/csv or format=csv "
                    + "streams every matching row as flat columns. asOf gives the table as it was at the end of a day "
                    + "(Europe/Paris) or at an instant, with the label status of that day; a cursor remembers its "
                    + "asOf. " + READ_MODEL_TAG)
    public Response campuses(@BeanParam TableParameters filters,
                             @Parameter(description = "Sort fields, comma-separated; prefix - for descending")
                             @QueryParam("sort") String sort,
                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                             @Parameter(description = "json (default) or csv") @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOfParameter,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        ProjectionState.Snapshot now = state.read();
        String tag = changes.entityTag(now);
        return fresh(now, ConditionalRequests.conditionalGet(ifNoneMatch, tag, () -> {
            AsOf asOf = AsOf.parse(asOfParameter, clock);
            TableQuery query = filters.query(sort, asOf == null ? clock.today() : asOf.day());
            if (Params.csvRequested(format, accept)) {
                return Response.ok(TableCsv.stream(table, query, asOf), CsvWriter.CONTENT_TYPE).header(
                        "Content-Disposition", "attachment; filename=\"campus-national-" + query.year()
                                + (asOf == null ? "" : "-au-" + asOf.day()) + ".csv\"");
            }
            AnswerCache.Answer answer = answers.page(tag, query, Cursors.decode(cursor), Params.limit(limit), asOf,
                    String.valueOf(uri.getRequestUri().getRawQuery()));
            Response.ResponseBuilder response = Response.ok(answer.body()).type(MediaType.APPLICATION_JSON);
            if (answer.nextCursor() != null) {
                response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", answer.nextCursor())
                        .build() + ">; rel=\"next\"");
            }
            return response;
        }));
    }

    @GET
    @Path("/campuses/{campusId}")
    @Operation(operationId = "dashboardGetCampus", summary = "One campus with everything the three services published about it",
            description = "The table row for the year, the label, the profile, the partners and their summary, every "
                    + "budget and director co-financing, and where each of these parts comes from (sources: the source "
                    + "of the event that last set it): one answer from the read model. 404 for a campus the register "
                    + "has not published. asOf gives the row, register names, label, profile, partner summary, "
                    + "budgets and director co-financing as they were then (partners and indicators are today's); "
                    + "404 for a campus registered after it.")
    @APIResponse(responseCode = "200", description = "The campus",
            headers = @Header(name = TableFreshness.HEADER, description = TableFreshness.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampusDetail.class)))
    public Response campus(@PathParam("campusId") UUID campusId,
                           @Parameter(description = "Year of the row's budget columns (default: this year)")
                           @QueryParam("year") Integer year,
                           @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOfParameter) {
        ProjectionState.Snapshot now = state.read();
        AsOf asOf = AsOf.parse(asOfParameter, clock);
        CampusDetail detail = details.find(campusId, Params.year("year", year, asOf == null ? clock.today()
                        : asOf.day()), asOf).orElseThrow(
                () -> ProblemException.notFound("Campus " + campusId + " in the national table"
                        + (asOf == null ? "" : " as of " + asOf.text())));
        return fresh(now, Response.ok(detail).type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "dashboardSummary", summary = "National aggregates of the table (same filters)",
            description = "Legal forms, support establishment types, regions, families, partner typology, forecast "
                    + "budget and funder split, labels falling due per year and missing recommendation 6 items, over "
                    + "the rows the same filters select, the demonstration data (source kind EXAMPLE or SYNTHETIC) "
                    + "left out unless includeDemoData=true; report2017 gives the 2017 report's figures (Tableau 4's "
                    + "legal forms and support types, Tableau 2's calls) to read next to them. " + READ_MODEL_TAG)
    @APIResponse(responseCode = "200", description = "The aggregates",
            headers = @Header(name = TableFreshness.HEADER, description = TableFreshness.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NationalSummary.class)))
    public Response summary(@BeanParam TableParameters filters,
                            @Parameter(description = TableParameters.INCLUDE_DEMO_DATA_DESCRIPTION,
                                    schema = @Schema(type = SchemaType.BOOLEAN))
                            @QueryParam(TableParameters.INCLUDE_DEMO_DATA) String includeDemoData,
                            @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOfParameter,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        ProjectionState.Snapshot now = state.read();
        String tag = changes.entityTag(now);
        boolean demoData = TableParameters.includeDemoData(includeDemoData);
        return fresh(now, ConditionalRequests.conditionalGet(ifNoneMatch, tag, () -> {
            AsOf asOf = AsOf.parse(asOfParameter, clock);
            return Response.ok(answers.summary(tag, filters.query(null, asOf == null ? clock.today() : asOf.day())
                            .withDemoData(demoData), asOf, String.valueOf(uri.getRequestUri().getRawQuery())).body()).type(MediaType.APPLICATION_JSON);
        }));
    }

    @GET
    @Path("/campuses/{campusId}/history")
    @Operation(operationId = "dashboardCampusHistory", summary = "Every change of every service for one campus",
            description = "The events of the three services that changed the campus in the national table, oldest "
                    + "first (by occurredAt, then service, then the event's version): the service, the event type and "
                    + "id, when it occurred, its source, and the recommendation 6 fields it changed with their old and "
                    + "new values (legal form, support establishment, director post, partner counts of the typology, "
                    + "label status and dates, forecast budget and funder-type shares, non-rectorat and ex-ante "
                    + "shares, director post co-financing...). The actor (who made the change) is given to national "
                    + "callers only. Paged by an opaque cursor (limit 1-500, default 50). 404 for a campus the "
                    + "register has not published.")
    @APIResponse(responseCode = "200", description = "A page of the campus's changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampusHistory.Page.class)))
    public CampusHistory.Page campusHistory(@PathParam("campusId") UUID campusId,
                                            @QueryParam("limit") Integer limit,
                                            @Parameter(description = "The nextCursor of the previous page")
                                            @QueryParam("cursor") String cursor) {
        int size = Params.limit(limit);
        String key = Cursors.decode(cursor);
        if (readModel.campus(campusId) == null) {
            throw ProblemException.notFound("Campus " + campusId + " in the national table");
        }
        return history.page(campusId, key, size, caller.isNational());
    }

    /** A 200 with the freshness header: when the newest event applied before it was computed occurred. */
    private static Response fresh(ProjectionState.Snapshot now, Response answer) {
        if (now.lastEventAt() == null || answer.getStatus() != Response.Status.OK.getStatusCode()) {
            return answer;
        }
        return Response.fromResponse(answer).header(TableFreshness.HEADER, now.lastEventAt().toString()).build();
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "dashboardChanges", summary = "The rows changed since a point, for incremental refresh",
            description = "Start without since: every row comes, in change order. Keep nextSince and pass it as since "
                    + "next time: only the rows changed after it come (each at most once per page, in its current "
                    + "state). Example: GET /api/v1/dashboard/changes?limit=500 -> {items: [...], nextSince: \"MTIz\"}; "
                    + "later GET /api/v1/dashboard/changes?since=MTIz -> the rows changed since, and a new nextSince. "
                    + "An empty items list keeps the same nextSince.")
    public ChangeFeed.Changes changes(@Parameter(description = "The nextSince of the previous answer") @QueryParam("since") String since,
                                      @QueryParam("limit") Integer limit,
                                      @Parameter(description = "Year of the rows' budget columns (default: this year)")
                                      @QueryParam("year") Integer year) {
        return changeFeed.after(since, Params.limit(limit), Params.year("year", year, clock.today()));
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.NATIONAL)
    @Operation(operationId = "dashboardRebuild", summary = "Rebuild the read model from the topics",
            description = "Empties the national table and reads the services' topics again from the beginning; the "
                    + "table fills back within seconds. Answers 202.")
    @APIResponseSchema(value = RebuildStarted.class, responseCode = "202", responseDescription = "The rebuild started")
    public Response rebuild() {
        return Response.accepted(new RebuildStarted(projector.rebuild(),
                "The national table is being rebuilt from the topics")).build();
    }
}
