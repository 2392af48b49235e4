package fr.cmq.labelling.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.Cursors;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Page;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.service.CampusRegister;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/campuses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campus register")
public class CampusResource {

    private final CampusRegister register;
    private final Caller caller;

    public CampusResource(CampusRegister register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(summary = "Register a campus", description = "Codes are checked against /api/v1/reference/*; "
            + "every academy must belong to the campus's region. A regional token registers only in its region.")
    public Response register(@Valid @NotNull CampusRegistration request, UriInfo uri) {
        caller.requireWriteOn(request.regionCode());
        CampusView campus = register.register(request, caller.subject());
        URI location = uri.getBaseUriBuilder().path("api/v1/campuses").path(campus.id().toString()).build();
        return Response.created(location).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(campus.version())))
                .entity(campus).build();
    }

    @GET
    @Path("/{campusId}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "One campus of the register")
    public Response get(@PathParam("campusId") UUID campusId) {
        CampusView campus = register.get(campusId);
        return Response.ok(campus).header("ETag", ETags.of(campus.version())).build();
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(summary = "The campus register, paged by an opaque cursor")
    public Page<CampusView> list(@QueryParam("region") String region, @QueryParam("family") String family,
                                 @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (region != null) {
            query.append(" and regionCode = :region");
            params.and("region", region);
        }
        if (family != null) {
            query.append(" and familyCode = :family");
            params.and("family", family);
        }
        if (after != null) {
            query.append(" and id > :after");
            params.and("after", parseCursorId(after));
        }
        List<Campus> found = Campus.find(query.toString(), Sort.by("id"), params).page(0, size + 1).list();
        List<CampusView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, found.size()); i++) {
            items.add(CampusView.of(found.get(i)));
        }
        String next = found.size() > size ? Cursors.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(items, next);
    }

    private static UUID parseCursorId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw fr.cmq.common.problem.ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }
}
