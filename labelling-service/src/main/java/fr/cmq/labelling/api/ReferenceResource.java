package fr.cmq.labelling.api;

import fr.cmq.common.security.Roles;
import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SectorFamily;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Codes and French labels of the register's reference data. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "Reference data")
public class ReferenceResource {

    private final jakarta.persistence.EntityManager entityManager;

    public ReferenceResource(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A region; {@code aliases} are the other spellings found in the report (e.g. "Grand-Est"). */
    public record RegionItem(String code, String label, boolean overseas, List<String> aliases) {
    }

    /** An academy; {@code aliases} are the other spellings found in the report (e.g. "CRÉTEIL"). */
    public record AcademyItem(String code, String label, String regionCode, boolean current, List<String> aliases) {
    }

    public record FamilyItem(String code, String label, boolean inAnnex4) {
    }

    @GET
    @Path("/regions")
    @Operation(summary = "The 18 current regions (INSEE codes)")
    public List<RegionItem> regions() {
        return Region.<Region>listAll(Sort.by("name")).stream()
                .map(r -> new RegionItem(r.code, r.name, r.overseas, aliases("region_alias", "region_code", r.code)))
                .toList();
    }

    @GET
    @Path("/academies")
    @Operation(summary = "Academies, optionally of one region")
    public List<AcademyItem> academies(@QueryParam("region") String region) {
        List<Academy> academies = region == null
                ? Academy.listAll(Sort.by("code"))
                : Academy.list("regionCode", Sort.by("code"), region);
        return academies.stream().map(a -> new AcademyItem(a.code, a.name, a.regionCode, a.current,
                aliases("academy_alias", "academy_code", a.code))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> aliases(String table, String column, String code) {
        return entityManager.createNativeQuery("select alias from " + table + " where " + column + " = :code order by alias")
                .setParameter("code", code).getResultList();
    }

    @GET
    @Path("/sector-families")
    @Operation(summary = "Sector families: the 11 of Annexe 4 and 'Services à la personne' of [63]")
    public List<FamilyItem> sectorFamilies() {
        return SectorFamily.<SectorFamily>listAll(Sort.by("position")).stream()
                .map(f -> new FamilyItem(f.code, f.label, f.inAnnex4)).toList();
    }
}
