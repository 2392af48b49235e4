package fr.cmq.gateway.web;

import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.Cursors;
import fr.cmq.gateway.dashboard.AsOf;
import fr.cmq.gateway.dashboard.CampusDetail;
import fr.cmq.gateway.dashboard.CampusHistory;
import fr.cmq.gateway.dashboard.CampusDetails;
import fr.cmq.gateway.dashboard.MissingItem;
import fr.cmq.gateway.dashboard.NationalSummary;
import fr.cmq.gateway.dashboard.NationalTable;
import fr.cmq.gateway.dashboard.ReadModelQueries;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableFreshness;
import fr.cmq.gateway.dashboard.TableQuery;
import fr.cmq.common.security.Caller;
import fr.cmq.gateway.security.WebLogin;
import io.quarkus.qute.Location;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The national mission's web page: the national table with its filters, sorting, paging and CSV export, the
 * summary as charts, and one page per campus. Rendered server-side from the gateway's read model (Qute, DSFR
 * styles), usable without JavaScript.
 * <p>
 * Access ({@link WebLogin}): a user logged in through the identity provider (OpenID Connect authorization-code
 * flow) with one of the platform's roles; a regional user sees the national table with a regional banner and their
 * region as the default filter, a reader sees it read-only (the page writes nothing for anyone). A local run may
 * open it without login on a loopback address only ({@code cmq.web.login=open-on-loopback}). The pages show
 * nothing personal: the read model holds the public register (designations, regions, label dates), organisations
 * (partners, funders) and budget figures, no person's name or contact (the director post is a yes/no and a count,
 * never a name), and the page never shows the user's name. They are pages, not API: hidden from the OpenAPI
 * document.
 */
@Path("/")
@PermitAll
public class DashboardPage {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter FRESHNESS = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss",
            Locale.FRANCE);

    @Inject
    NationalTable table;
    @Inject
    TableFreshness tableFreshness;
    @Inject
    CampusDetails details;
    @Inject
    ReadModelQueries readModel;
    @Inject
    CmqClock clock;
    @Inject
    CampusHistory history;
    @Inject
    SecurityIdentity identity;
    @Inject
    WebLogin login;
    @ConfigProperty(name = Caller.REGION_CLAIM_SETTING, defaultValue = Caller.REGION_CLAIM)
    String regionClaim;
    @Inject
    @Location("dashboard.html")
    Template dashboard;
    @Inject
    @Location("campus.html")
    Template campus;
    @Inject
    @Location("not-found.html")
    Template notFound;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance index(@QueryParam("year") String year, @QueryParam("region") String region,
                                  @QueryParam("academy") String academy, @QueryParam("family") String family,
                                  @QueryParam("legalForm") String legalForm, @QueryParam("labelStatus") String labelStatus,
                                  @QueryParam("flag") String flag, @QueryParam("missing") String missing,
                                  @QueryParam("q") String q, @QueryParam("sort") String sort,
                                  @QueryParam("cursor") String cursor, @QueryParam("source") String source,
                                  @QueryParam("asOf") String asOfDay,
                                  @Context UriInfo uri) {
        LocalDate today = clock.today();
        RegisterNames names = readModel.registerNames();
        WebUser user = user();
        PageFilters asked = PageFilters.of(today, names, year, defaultRegion(user, region, uri), academy, family, legalForm,
                labelStatus, flag, missing, q, sort).withSource(source).withAsOf(asOfDay, today);
        PageFilters filters = user.regional() ? asked.keepingAllRegions() : asked;
        TableQuery query = filters.tableQuery();
        AsOf asOf = AsOf.parse(filters.asOf(), clock);
        Optional<Instant> freshness = tableFreshness.lastAppliedEventAt();
        // the table lists the demonstration campuses (with their badge); the summary, a national figure, leaves them out
        NationalSummary summary = table.summary(query.withDemoData(false), asOf);
        String cursorKey = cursorKey(cursor);
        NationalTable.Slice page;
        long first;
        try {
            page = table.page(query, cursorKey, PAGE_SIZE, asOf);
            first = table.firstPosition(query, cursorKey, asOf);
        } catch (ProblemException e) {
            cursorKey = null; // a cursor of another sort or date shows the first page
            page = table.page(query, null, PAGE_SIZE, asOf);
            first = 1;
        }
        return dashboard
                .data("today", today.toString())
                .data("asOfLabel", asOf == null ? null : PageViews.date(asOf.day()))
                .data("freshness", freshness(freshness))
                .data("user", user)
                .data("userRegionName", user.region() == null ? null : PageLabels.withCode(names.regions(), user.region()))
                .data("filters", filters)
                .data("years", PageFilters.years(today).stream()
                        .map(y -> new PageViews.Option(y.toString(), y.toString(), y == filters.year())).toList())
                .data("regions", PageViews.options(names.regions(), filters.region(), true))
                .data("academies", PageViews.options(names.academies(), filters.academy(), false))
                .data("families", PageViews.options(names.families(), filters.family(), false))
                .data("legalForms", PageViews.options(CodeList.labels(LegalForm.class), filters.legalForm(), false))
                .data("labelStatuses", PageViews.options(CodeList.labels(LabelStatus.class), filters.labelStatus(), false))
                .data("flags", PageViews.options(PageLabels.FLAGS, filters.flag(), false))
                .data("missingItems", PageViews.options(CodeList.labels(MissingItem.class), filters.missing(), false))
                .data("sources", PageViews.options(CodeList.labels(SourceKind.class), filters.source(), false))
                .data("columns", TableColumns.of(filters))
                .data("rows", page.items().stream().map(r -> PageViews.row(r, names)).toList())
                .data("total", PageViews.count(table.count(query, asOf), "campus", "campus"))
                .data("range", page.items().isEmpty() ? "" : first + " à " + (first + page.items().size() - 1))
                .data("nextHref", page.nextCursor() == null ? null : filters.href("/", "cursor", page.nextCursor()))
                .data("firstHref", cursorKey == null ? null : filters.href("/"))
                .data("csvHref", filters.href("/export.csv"))
                .data("charts", SummaryCharts.of(summary))
                .data("report2017", SummaryCharts.report2017(summary))
                .data("steering", SteeringPanel.of(summary, names.regions()));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response export(@QueryParam("year") String year, @QueryParam("region") String region,
                           @QueryParam("academy") String academy, @QueryParam("family") String family,
                           @QueryParam("legalForm") String legalForm, @QueryParam("labelStatus") String labelStatus,
                           @QueryParam("flag") String flag, @QueryParam("missing") String missing,
                           @QueryParam("q") String q, @QueryParam("sort") String sort,
                           @QueryParam("source") String source, @QueryParam("asOf") String asOfDay,
                           @Context UriInfo uri) {
        RegisterNames names = readModel.registerNames();
        PageFilters filters = PageFilters.of(clock.today(), names, year, defaultRegion(user(), region, uri), academy, family,
                legalForm, labelStatus, flag, missing, q, sort).withSource(source).withAsOf(asOfDay, clock.today());
        AsOf asOf = AsOf.parse(filters.asOf(), clock);
        return Response.ok(PageCsv.stream(table, filters.tableQuery(), asOf, names), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"campus-tableau-national-" + filters.year()
                        + (asOf == null ? "" : "-au-" + asOf.day()) + ".csv\"")
                .build();
    }

    @GET
    @Path("campus/{campusId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response campus(@PathParam("campusId") String campusId, @QueryParam("year") String year) {
        UUID id;
        try {
            id = UUID.fromString(campusId);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        int selected = PageFilters.year(year, clock.today());
        CampusDetail detail = details.find(id, selected).orElse(null);
        if (detail == null) {
            return notFound();
        }
        CampusPage page = CampusPage.of(detail, readModel.registerNames());
        // the page shows no person: the history without its actors
        CampusHistory.Page changes = history.page(id, null, HistorySection.SHOWN, false);
        return Response.ok(campus.data("campus", page).data("year", selected)
                        .data("history", HistorySection.of(changes))
                        .data("freshness", freshness(tableFreshness.lastAppliedEventAt())))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The logged-in user as the page shows it (no one on a local run open on loopback). */
    private WebUser user() {
        return login.open() ? WebUser.open() : WebUser.of(identity, regionClaim);
    }

    /** A regional user's page opens on their region; {@code region=} (empty) chooses all regions. */
    private static String defaultRegion(WebUser user, String region, UriInfo uri) {
        boolean asked = uri.getQueryParameters().containsKey("region");
        return !asked && user.regional() ? user.region() : region;
    }

    private Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).entity(notFound.instance()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** « Données à jour au 30/11/2026 à 20:40:12 » (the newest applied event, in France), or that none arrived yet. */
    static String freshness(Optional<Instant> lastAppliedEventAt) {
        return lastAppliedEventAt.map(at -> "Données à jour au " + FRESHNESS.format(at.atZone(CmqClock.FRANCE)))
                .orElse("Aucune donnée reçue des services pour l'instant");
    }

    private static String cursorKey(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Cursors.decode(cursor);
        } catch (ProblemException | IllegalArgumentException e) {
            return null; // a mangled address shows the first page
        }
    }
}
