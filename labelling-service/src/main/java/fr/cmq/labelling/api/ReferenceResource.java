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

    public record RegionItem(String code, String label, boolean overseas) {
    }

    public record AcademyItem(String code, String label, String regionCode, boolean current) {
    }

    public record FamilyItem(String code, String label, boolean inAnnex4) {
    }

    @GET
    @Path("/regions")
    @Operation(summary = "The 18 current regions (INSEE codes)")
    public List<RegionItem> regions() {
        return Region.<Region>listAll(Sort.by("name")).stream()
                .map(r -> new RegionItem(r.code, r.name, r.overseas)).toList();
    }

    @GET
    @Path("/academies")
    @Operation(summary = "Academies, optionally of one region")
    public List<AcademyItem> academies(@QueryParam("region") String region) {
        List<Academy> academies = region == null
                ? Academy.listAll(Sort.by("code"))
                : Academy.list("regionCode", Sort.by("code"), region);
        return academies.stream().map(a -> new AcademyItem(a.code, a.name, a.regionCode, a.current)).toList();
    }

    @GET
    @Path("/sector-families")
    @Operation(summary = "Sector families: the 11 of Annexe 4 and 'Services à la personne' of [63]")
    public List<FamilyItem> sectorFamilies() {
        return SectorFamily.<SectorFamily>listAll(Sort.by("position")).stream()
                .map(f -> new FamilyItem(f.code, f.label, f.inAnnex4)).toList();
    }
}
