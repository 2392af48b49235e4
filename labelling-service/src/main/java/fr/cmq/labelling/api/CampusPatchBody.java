package fr.cmq.labelling.api;

import fr.cmq.common.source.SourceRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The documented shape of a campus merge-patch (RFC 7386). The service reads the JSON itself, field by field, so
 * that an absent field is left as it is and {@code communicationNames: null} removes the names.
 */
@Schema(name = "CampusPatch", description = "A JSON merge-patch of a campus: at least one field; absent fields are "
        + "left as they are; only communicationNames may be set to null (removed). Any other field is a 400.")
public record CampusPatchBody(
        @Schema(description = "New designation (1 to 300 characters); the former one is kept in formerDesignations")
        String designation,
        @Schema(description = "Sector family code, see /api/v1/reference/sector-families") String familyCode,
        @Schema(description = "Region INSEE code, see /api/v1/reference/regions") String regionCode,
        @Schema(description = "Academy codes, at least one, all of the campus's region") List<String> academyCodes,
        @Schema(description = "Names the campus is communicated under; null removes them", nullable = true)
        List<String> communicationNames,
        @Schema(description = "Source of the change (issue 13): kind and reference; default DECLARED by the caller "
                + "(or the campus's own demonstration kind)") SourceRequest source) {
}
