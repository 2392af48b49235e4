package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of the partner events: the partner and the campus's partner typology after the change. */
@Schema(description = "Data of PartnerAdded, PartnerUpdated and PartnerLeft: the partner and the campus's "
        + "typology of active partners after the change")
public record PartnerChange(
        @Schema(description = "The partner after the change", required = true) PartnerState partner,
        @Schema(description = "The campus's typology of active partners after the change", required = true)
        PartnerTypologyState summary) implements EventPayload {
}
