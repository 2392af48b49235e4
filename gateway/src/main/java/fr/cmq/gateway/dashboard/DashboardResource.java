package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The national campus table, read from the gateway's own read model (no call to the services). */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "National dashboard")
public class DashboardResource {

    /** One row of the national table. */
    public record CampusSummary(UUID campusId, String designation, String familyCode, String regionCode,
                                List<String> academyCodes, Instant updatedAt) {
        static CampusSummary of(CampusRow row) {
            return new CampusSummary(row.campusId, row.designation, row.familyCode, row.regionCode,
                    List.copyOf(row.academyCodes), row.updatedAt);
        }
    }

    @GET
    @Path("/campuses")
    @Operation(summary = "The national campus table, one row per campus of the register")
    public Page<CampusSummary> campuses(@QueryParam("region") String region, @QueryParam("limit") Integer limit,
                                        @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        StringBuilder query = new StringBuilder("designation is not null");
        Parameters params = new Parameters();
        if (region != null) {
            query.append(" and regionCode = :region");
            params.and("region", region);
        }
        if (after != null) {
            query.append(" and campusId > :after");
            params.and("after", parseId(after));
        }
        List<CampusRow> rows = CampusRow.find(query.toString(), Sort.by("campusId"), params).page(0, size + 1).list();
        List<CampusSummary> items = rows.stream().limit(size).map(CampusSummary::of).toList();
        String next = rows.size() > size ? Cursors.encode(items.get(items.size() - 1).campusId().toString()) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("/campuses/{campusId}")
    @Operation(summary = "One campus with everything the dashboard knows of it")
    public CampusSummary campus(@PathParam("campusId") UUID campusId) {
        CampusRow row = CampusRow.findById(campusId);
        if (row == null || row.designation == null) {
            throw ProblemException.notFound("Campus " + campusId + " in the national table");
        }
        return CampusSummary.of(row);
    }

    private static UUID parseId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }
}
