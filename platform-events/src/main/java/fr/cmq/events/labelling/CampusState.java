package fr.cmq.events.labelling;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A campus as the national register now records it: the data of {@code CampusRegistered} and {@code CampusUpdated}.
 * It carries the French names of its region, sector family and academies, so that no consumer keeps a copy of the
 * register's reference data.
 */
@Schema(description = "A campus as the national register now records it (data of CampusRegistered and "
        + "CampusUpdated), with the French names of its reference codes")
public record CampusState(
        @Schema(description = "Official designation", required = true) String designation,
        @Schema(description = "Sector family code (GET /api/v1/reference/sector-families)", required = true)
        String familyCode,
        @Schema(description = "French label of the sector family; null in events published before the contract "
                + "carried it", nullable = true) String familyLabel,
        @Schema(description = "Region INSEE code, e.g. 76 (GET /api/v1/reference/regions)", required = true)
        String regionCode,
        @Schema(description = "French name of the region, e.g. Occitanie; null in events published before the "
                + "contract carried it", nullable = true) String regionName,
        @Schema(description = "Academy codes, e.g. TOULOUSE (GET /api/v1/reference/academies), in the register's "
                + "order", required = true) List<String> academyCodes,
        @Schema(description = "French name of each academy of academyCodes, by code; null in events published "
                + "before the contract carried it", nullable = true) Map<String, String> academyNames,
        @Schema(description = "Names the campus is communicated under (searchable), possibly empty")
        List<String> communicationNames,
        @Schema(description = "Earlier designations, oldest first, possibly empty") List<String> formerDesignations,
        @Schema(description = "Origin of a reference record (e.g. Annexe 4 of the 2017 report); null when the campus "
                + "was entered through the API", nullable = true) String source) implements EventPayload {
}
