package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Page;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The national campus table and its aggregates, read from the gateway's read model only (no call to the services). */
@Path("/api/v1/dashboard")
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "National dashboard")
public class DashboardResource {

    static final String CSV = "text/csv";
    static final Set<String> LABEL_STATUSES = Set.of("IN_PROGRESS", "LABELLED", "RENEWAL_DUE", "EXPIRED", "WITHDRAWN",
            "REFUSED", "NOT_RECORDED");
    static final Set<String> FLAGS = Set.of("noHigherEducation", "noResearchLab", "noGreta", "noAfpa", "noOpca",
            "noDireccteCorrespondent", "governanceWithoutEpleAndEpscp");

    private final NationalTable table;
    private final CampusDetails details;
    private final DashboardProjector projector;
    private final DashboardChanges changes;
    private final AnswerCache cache;
    private final ObjectMapper objectMapper;

    public DashboardResource(NationalTable table, CampusDetails details, DashboardProjector projector,
                             DashboardChanges changes, AnswerCache cache, ObjectMapper objectMapper) {
        this.table = table;
        this.details = details;
        this.projector = projector;
        this.changes = changes;
        this.cache = cache;
        this.objectMapper = objectMapper;
    }

    /** The shape of a page of the table (documentation of the JSON answer). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TablePage")
    public record TablePage(List<TableRow> items, String nextCursor) {
    }

    @GET
    @Path("/campuses")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "A page of the table (JSON), or every matching row (CSV)",
            content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = TablePage.class)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = CSV)})
    @Operation(summary = "The national campus table", description = "One row per campus: register, label status and "
            + "expiry, legal form and support establishment, partners and their public/private x initial/continuing "
            + "matrix with warning flags, forecast budget of the year with funder shares, non-rectorat and ex-ante "
            + "shares, director post, missing recommendation 6 items. Filters combine; sort=field,-other (designation, "
            + "region, family, labelExpiry, activePartners, forecastBudget, updatedAt); paged by an opaque cursor "
            + "(limit 1-500, default 50). Accept: text/csv or format=csv streams every matching row as flat columns. "
            + "Answers an ETag; If-None-Match with it gives 304 while nothing changed.")
    public Response campuses(@Parameter(description = "Year of the budget columns (default: this year)") @QueryParam("year") Integer year,
                             @QueryParam("region") String region, @QueryParam("academy") String academy,
                             @QueryParam("family") String family, @QueryParam("legalForm") String legalForm,
                             @QueryParam("labelStatus") String labelStatus,
                             @Parameter(description = "ISO date: labels expiring on or before it") @QueryParam("expiresBefore") String expiresBefore,
                             @Parameter(description = "A raised warning flag, e.g. noResearchLab") @QueryParam("flag") String flag,
                             @Parameter(description = "A missing item: LEGAL_FORM, PARTNERS or FORECAST_BUDGET") @QueryParam("missing") String missing,
                             @QueryParam("q") String q, @QueryParam("sort") String sort,
                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                             @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        String etag = changes.entityTag();
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        TableQuery query = query(year, region, academy, family, legalForm, labelStatus, expiresBefore, flag, missing, q, sort);
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            throw ProblemException.invalid("format", "json or csv");
        }
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains(CSV));
        if (csv) {
            return Response.ok(TableCsv.stream(table.rows(query)), CSV + ";charset=UTF-8").header(HttpHeaders.ETAG, etag)
                    .header("Content-Disposition", "attachment; filename=\"campus-national-" + query.year() + ".csv\"")
                    .build();
        }
        int size = Cursors.limit(limit);
        String cursorKey = Cursors.decode(cursor);
        AnswerCache.Answer answer = cache.get(String.valueOf(uri.getRequestUri().getRawQuery()), () -> {
            List<TableRow> rows = table.rows(query);
            List<TableRow> page = table.page(rows, query.sort(), cursorKey, size);
            String next = null;
            if (!page.isEmpty() && rows.indexOf(page.get(page.size() - 1)) < rows.size() - 1) {
                next = Cursors.encode(NationalTable.cursorOf(page.get(page.size() - 1), query.sort()));
            }
            try {
                return new AnswerCache.Answer(objectMapper.writeValueAsBytes(new Page<>(page, next)), next == null ? null
                        : "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build() + ">; rel=\"next\"");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("The national table cannot be serialised", e);
            }
        });
        Response.ResponseBuilder response = Response.ok(answer.body()).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ETAG, etag);
        if (answer.link() != null) {
            response.header("Link", answer.link());
        }
        return response.build();
    }

    @GET
    @Path("/campuses/{campusId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One campus with everything the three services published about it",
            description = "The table row for the year, the label with its history, the profile, the partners, every "
                    + "budget and director co-financing: one answer from the read model.")
    public CampusDetails.CampusDetail campus(@PathParam("campusId") UUID campusId, @QueryParam("year") Integer year) {
        return details.find(campusId, year(year)).orElseThrow(
                () -> ProblemException.notFound("Campus " + campusId + " in the national table"));
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "National aggregates of the table (same filters)",
            description = "Answers an ETag; If-None-Match with it gives 304 while nothing changed.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The aggregates",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NationalSummary.class)))
    public Response summary(@QueryParam("year") Integer year,
                            @QueryParam("region") String region, @QueryParam("academy") String academy,
                            @QueryParam("family") String family, @QueryParam("legalForm") String legalForm,
                            @QueryParam("labelStatus") String labelStatus,
                            @QueryParam("expiresBefore") String expiresBefore, @QueryParam("flag") String flag,
                            @QueryParam("missing") String missing, @QueryParam("q") String q,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        String etag = changes.entityTag();
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        TableQuery query = query(year, region, academy, family, legalForm, labelStatus, expiresBefore, flag, missing, q, null);
        AnswerCache.Answer answer = cache.get("summary?" + uri.getRequestUri().getRawQuery(), () -> {
            try {
                return new AnswerCache.Answer(objectMapper.writeValueAsBytes(
                        SummaryBuilder.of(table.rows(query), query.year())), null);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("The national summary cannot be serialised", e);
            }
        });
        return Response.ok(answer.body()).type(MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, etag).build();
    }

    /** A page of the change feed: the rows changed after {@code since}, oldest change first. */
    public record Changes(List<TableRow> items, String nextSince) {
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rows changed since a point, for incremental refresh",
            description = "Start without since: every row comes, in change order. Keep nextSince and pass it as since "
                    + "next time: only the rows changed after it come (each at most once per page, in its current "
                    + "state). Example: GET /api/v1/dashboard/changes?limit=500 -> {items: [...], nextSince: \"MTIz\"}; "
                    + "later GET /api/v1/dashboard/changes?since=MTIz -> the rows changed since, and a new nextSince. "
                    + "An empty items list keeps the same nextSince.")
    public Changes changes(@Parameter(description = "The nextSince of the previous answer") @QueryParam("since") String since,
                           @QueryParam("limit") Integer limit, @QueryParam("year") Integer year) {
        long after = 0;
        String decoded = Cursors.decode(since);
        if (decoded != null) {
            try {
                after = Long.parseLong(decoded);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("since", "not a nextSince given by this API");
            }
        }
        int size = Cursors.limit(limit);
        int selected = year(year);
        List<CampusRow> rows = CampusRow.<CampusRow>find("designation is not null and changeSeq > ?1 order by changeSeq",
                after).page(0, size).list();
        List<TableRow> items = table.rowsOf(rows, selected);
        long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).changeSeq;
        return new Changes(items, Cursors.encode(Long.toString(last)));
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.NATIONAL)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the read model from the topics (national only)",
            description = "Empties the national table and reads the services' topics again from the beginning; the "
                    + "table fills back within seconds. Answers 202.")
    public Response rebuild() {
        long generation = projector.rebuild();
        return Response.accepted(Map.of("generation", generation,
                "detail", "The national table is being rebuilt from the topics")).build();
    }

    static int year(Integer year) {
        int current = NationalTable.today().getYear();
        if (year == null) {
            return current;
        }
        if (year < 2013 || year > current + 5) {
            throw ProblemException.invalid("year", "must be between 2013 and " + (current + 5));
        }
        return year;
    }

    private static TableQuery query(Integer year, String region, String academy, String family, String legalForm,
                                    String labelStatus, String expiresBefore, String flag, String missing, String q,
                                    String sort) {
        if (labelStatus != null && !LABEL_STATUSES.contains(labelStatus)) {
            throw ProblemException.invalid("labelStatus", "unknown code '" + labelStatus + "'; expected one of "
                    + new java.util.TreeSet<>(LABEL_STATUSES));
        }
        if (flag != null && !FLAGS.contains(flag)) {
            throw ProblemException.invalid("flag", "unknown flag '" + flag + "'; expected one of " + new java.util.TreeSet<>(FLAGS));
        }
        if (missing != null && !NationalTable.MISSING_ITEMS.contains(missing)) {
            throw ProblemException.invalid("missing", "unknown item '" + missing + "'; expected one of "
                    + new java.util.TreeSet<>(NationalTable.MISSING_ITEMS));
        }
        LocalDate expires = null;
        if (expiresBefore != null) {
            try {
                expires = LocalDate.parse(expiresBefore);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("expiresBefore", "not an ISO date (e.g. 2027-06-30)");
            }
        }
        return new TableQuery(year(year), region, academy, family, legalForm, labelStatus, expires, flag, missing, q,
                NationalTable.parseSort(sort));
    }
}
