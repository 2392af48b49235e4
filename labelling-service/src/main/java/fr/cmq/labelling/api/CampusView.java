package fr.cmq.labelling.api;

import fr.cmq.common.source.FactSource;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.DatedCampus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A campus as the API shows it. */
@Schema(description = "A campus of the national register")
public record CampusView(
        @Schema(description = "Stable identifier for life (renamings and renewals keep it)") UUID id,
        @Schema(description = "Official designation") String designation,
        @Schema(description = "Sector family code, see /api/v1/reference/sector-families") String familyCode,
        @Schema(description = "Region INSEE code, see /api/v1/reference/regions") String regionCode,
        @Schema(description = "Academy codes, see /api/v1/reference/academies") List<String> academyCodes,
        @Schema(description = "Names the campus is communicated under") List<String> communicationNames,
        @Schema(description = "Earlier designations, oldest first") List<String> formerDesignations,
        @Schema(description = "Where the campus's register entry comes from (REPORT_2017 \"Annexe 4\" for the 77 "
                + "campuses of the 2017 report); its kind is the kind of every fact of the campus") FactSource source,
        LabelSummary label,
        @Schema(description = "Incremented by every change; the ETag") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static CampusView of(DatedCampus dated) {
        Campus campus = dated.campus();
        return new CampusView(campus.id, campus.designation, campus.familyCode, campus.regionCode,
                List.copyOf(campus.academyCodes), List.copyOf(campus.communicationNames),
                List.copyOf(campus.formerDesignations), campus.factSource,
                LabelSummary.of(dated), campus.version(), campus.createdAt(), campus.updatedAt());
    }
}
