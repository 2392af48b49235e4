package fr.cmq.labelling.api;

import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.ReferenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Codes and French labels of the register's reference data. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = "Reference data")
public class ReferenceResource {

    private final ReferenceService reference;

    public ReferenceResource(ReferenceService reference) {
        this.reference = reference;
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
    @Operation(operationId = "listRegions", summary = "The 18 current regions (INSEE codes)",
            description = "Any role. Code, French name, whether overseas, and the other spellings of the report; "
                    + "by name.")
    public List<RegionItem> regions() {
        return reference.regions().stream()
                .map(r -> new RegionItem(r.code, r.name, r.overseas, List.copyOf(r.aliases))).toList();
    }

    @GET
    @Path("/academies")
    @Operation(operationId = "listAcademies", summary = "Academies, optionally of one region",
            description = "Any role. Code, French name, region, whether current (Caen and Rouen are now "
                    + "Normandie), and the other spellings of the report; by code.")
    public List<AcademyItem> academies(@Parameter(description = "Region INSEE code") @QueryParam("region") String region) {
        return reference.academies(region).stream().map(a -> new AcademyItem(a.code, a.name, a.regionCode, a.current,
                List.copyOf(a.aliases))).toList();
    }

    @GET
    @Path("/sector-families")
    @Operation(operationId = "listSectorFamilies",
            summary = "Sector families: the 11 of Annexe 4 and 'Services à la personne' of [63]",
            description = "Any role. Code and French label, in the order of Annexe 4.")
    public List<FamilyItem> sectorFamilies() {
        return reference.sectorFamilies().stream().map(f -> new FamilyItem(f.code, f.label, f.inAnnex4)).toList();
    }
}
