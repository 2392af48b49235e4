package fr.cmq.labelling.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Page;
import fr.cmq.labelling.domain.LabelStatus;
import fr.cmq.labelling.service.CampusQuery;
import fr.cmq.labelling.service.CampusRegister;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/campuses")
@Tag(name = "Campus register")
public class CampusResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String CSV = "text/csv";

    private final CampusRegister register;
    private final Caller caller;
    private final ObjectMapper objectMapper;
    private final EntityManager entityManager;

    public CampusResource(CampusRegister register, Caller caller, ObjectMapper objectMapper,
                          EntityManager entityManager) {
        this.register = register;
        this.caller = caller;
        this.objectMapper = objectMapper;
        this.entityManager = entityManager;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Register a campus", description = "Codes are checked against /api/v1/reference/*; "
            + "every academy must belong to the campus's region (422 otherwise). A regional token registers "
            + "only in its region. Answers 201 with Location, ETag and the campus; publishes CampusRegistered.")
    public Response register(@Valid @NotNull CampusRegistration request, UriInfo uri) {
        caller.requireWriteOn(request.regionCode());
        CampusView campus = register.register(request, caller.subject());
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campus.id().toString()).build();
        return Response.created(location).header(HttpHeaders.ETAG, ETags.of(campus.version())).entity(campus).build();
    }

    @GET
    @Path("/{campusId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "One campus of the register", description = "Answers an ETag; If-None-Match with it gives 304.")
    public Response get(@PathParam("campusId") UUID campusId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CampusView campus = register.get(campusId);
        String etag = ETags.of(campus.version());
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified(new EntityTag(String.valueOf(campus.version()))).build();
        }
        return Response.ok(campus).header(HttpHeaders.ETAG, etag).build();
    }

    @PATCH
    @Path("/{campusId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Change a campus (JSON merge-patch)", description = "Fields: designation, familyCode, "
            + "regionCode, academyCodes, communicationNames. Needs If-Match with the current ETag (428 without, "
            + "412 when stale). A new designation keeps the former one in formerDesignations; the id never changes. "
            + "Publishes CampusUpdated.")
    public Response patch(@PathParam("campusId") UUID campusId,
                          @Parameter(description = "The current ETag of the campus") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          byte[] body) {
        JsonNode patch;
        try {
            // JSON is UTF-8 (RFC 8259), whatever charset a client puts on the merge-patch media type.
            patch = body == null || body.length == 0 ? null : objectMapper.readTree(body);
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "malformed JSON (UTF-8 expected)");
        }
        CampusView campus = register.patch(campusId, patch, ifMatch, caller.subject(), caller::requireWriteOn);
        return Response.ok(campus).header(HttpHeaders.ETAG, ETags.of(campus.version())).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The campus register", description = "In designation order, paged by an opaque cursor "
            + "(limit 1-500, default 50; Link rel=next). Filters combine. With Accept: text/csv or format=csv, "
            + "streams every matching campus as RFC 4180 CSV (UTF-8, header row; academies joined by '|').")
    public Response list(@Parameter(description = "Region INSEE code") @QueryParam("region") String region,
                         @Parameter(description = "Academy code") @QueryParam("academy") String academy,
                         @Parameter(description = "Sector family code") @QueryParam("family") String family,
                         @Parameter(description = "Label status today") @QueryParam("labelStatus") String labelStatus,
                         @Parameter(description = "Words of the designation or of an alias, accents ignored")
                         @QueryParam("q") String q,
                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                         @Parameter(description = "csv to stream CSV") @QueryParam("format") String format,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept, UriInfo uri) {
        CampusQuery query = new CampusQuery(region, academy, family, parseStatus(labelStatus), q);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains(CSV));
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            throw ProblemException.invalid("format", "json or csv");
        }
        if (csv) {
            return Response.ok(csv(query), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"campus.csv\"").build();
        }
        int size = Cursors.limit(limit);
        String[] after = parseCursor(Cursors.decode(cursor));
        List<CampusView> found = register.list(query, after, size + 1);
        List<CampusView> items = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size
                ? Cursors.encode(items.get(items.size() - 1).designation() + "\u0000" + items.get(items.size() - 1).id())
                : null;
        Response.ResponseBuilder response = Response.ok(new Page<>(items, next)).type(MediaType.APPLICATION_JSON);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/{campusId}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Who changed the campus and when (national only)",
            description = "Every accepted write on the campus or its label, oldest first, from the event log.")
    public List<AuditEntry> history(@PathParam("campusId") UUID campusId) {
        register.require(campusId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select version, type, created_at, payload::jsonb ->> 'actor' from outbox_event
                        where campus_id = :id order by version""")
                .setParameter("id", campusId).getResultList();
        return rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), (String) r[1],
                (Instant) r[2], (String) r[3])).toList();
    }

    /** One accepted write: the event it produced, when and by whom (token subject). */
    public record AuditEntry(long eventVersion, String eventType, Instant at, String actor) {
    }

    private StreamingOutput csv(CampusQuery query) {
        List<CampusView> campuses = register.list(query, null, null);
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("id,designation,familyCode,regionCode,academyCodes,communicationNames,labelStatus,"
                    + "labelStartDate,labelExpiryDate,source\r\n");
            for (CampusView c : campuses) {
                writer.write(String.join(",", c.id().toString(), Csv.field(c.designation()), c.familyCode(),
                        c.regionCode(), Csv.field(String.join("|", c.academyCodes())),
                        Csv.field(String.join("|", c.communicationNames())), c.label().status().name(),
                        Csv.field(c.label().startDate()), Csv.field(c.label().expiryDate()), Csv.field(c.source())));
                writer.write("\r\n");
            }
            writer.flush();
        };
    }

    private static LabelStatus parseStatus(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LabelStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("labelStatus", "unknown code '" + value + "'; expected one of "
                    + java.util.Arrays.toString(LabelStatus.values()));
        }
    }

    private static String[] parseCursor(String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split("\u0000", 2);
        if (parts.length != 2) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
        try {
            UUID.fromString(parts[1]);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
        return parts;
    }
}
