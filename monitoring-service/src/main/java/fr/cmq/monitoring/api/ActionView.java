package fr.cmq.monitoring.api;

import fr.cmq.common.reference.ActionStatus;
import fr.cmq.common.reference.ActionTheme;
import fr.cmq.common.source.FactSource;
import fr.cmq.monitoring.domain.PlanAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "An action sheet of the campus's annual plan")
public record ActionView(
        @Schema(description = "The action's identifier") UUID id,
        @Schema(description = "Year of the plan") int year,
        @Schema(description = "Title") String title,
        ActionTheme theme,
        @Schema(description = "Partners of the campus involved, by identifier") List<UUID> partnerIds,
        @Schema(description = "Planned budget in euro cents", nullable = true) Long plannedBudgetCents,
        ActionStatus status,
        @Schema(description = "The steering committee's score in percent (25, 50, 75, 100 or more); null until "
                + "scored", nullable = true) Integer score,
        @Schema(description = "Date of the committee that gave the score", nullable = true) LocalDate committeeDate,
        @Schema(description = "Its version: the ETag of the action (in quotes), for If-Match") long version,
        @Schema(description = "Where the action's facts come from (issue 13)") FactSource source) {

    static ActionView of(PlanAction a) {
        return new ActionView(a.id, a.year, a.title, a.theme, List.copyOf(a.partnerIds), a.plannedBudgetCents,
                a.status, a.score, a.committeeDate, a.version(), a.source);
    }
}
