package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Cash, or a valued in-kind contribution (premises, equipment, IT), or staff paid or seconded by the funder
 * (funding code list).
 */
@Schema(description = "CASH: money; IN_KIND: premises, equipment, IT... valued in euros; STAFF: staff paid or"
        + " seconded by the funder, valued in euros")
public enum ContributionNature implements CodeList {
    @Label("Numéraire") CASH,
    @Label("En nature") IN_KIND,
    @Label("Personnel mis à disposition") STAFF
}
