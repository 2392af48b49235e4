package fr.cmq.events.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The breakdown keys of an indicator's target or value; all null for the campus as a whole. */
@Schema(description = "Breakdown of an indicator's target or value; every key null for the campus as a whole")
public record BreakdownState(
        @Schema(description = "UAI of the establishment of the campus", nullable = true) String establishment,
        @Schema(description = "SCHOOL, APPRENTICE, STUDENT or CONTINUING_TRAINING", nullable = true)
        String pathwayStatus,
        @Schema(description = "Level of qualification: V, IV, III, II or I", nullable = true) String level,
        @Schema(description = "Cohort horizon: M6, M12, Y2, Y3 or Y5", nullable = true) String horizon) {
}
