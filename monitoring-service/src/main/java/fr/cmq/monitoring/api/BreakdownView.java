package fr.cmq.monitoring.api;

import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;
import fr.cmq.monitoring.domain.Breakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Breakdown of a target or value; every key null for the campus as a whole")
public record BreakdownView(
        @Schema(description = "UAI of the establishment", nullable = true) String establishment,
        @Schema(nullable = true) PathwayStatus pathwayStatus,
        @Schema(nullable = true) QualificationLevel level,
        @Schema(nullable = true) CohortHorizon horizon) {

    static BreakdownView of(Breakdown b) {
        return new BreakdownView(b.establishment(), b.pathwayStatus(), b.level(), b.horizon());
    }
}
