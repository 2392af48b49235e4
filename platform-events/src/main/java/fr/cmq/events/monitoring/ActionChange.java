package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action of a campus's annual plan after a change: the data of {@code ActionAdded} and {@code ActionScored}. */
@Schema(description = "Data of ActionAdded and ActionScored: the action sheet, its year's plan after the change "
        + "and the campus's steering state")
public record ActionChange(
        @Schema(description = "The action after the change", required = true) Action action,
        @Schema(description = "The plan of the action's year after the change", required = true) Plan plan,
        @Schema(description = "The campus's steering state after the change", required = true)
        SteeringState steering) implements EventPayload {

    @Schema(name = "ActionChangeAction", description = "An action sheet of the annual plan")
    public record Action(
            @Schema(description = "The action's identifier", required = true) UUID id,
            @Schema(description = "Year of the plan", required = true) int year,
            @Schema(description = "Title", required = true) String title,
            @Schema(description = "Section of Tableau 1 (2015-2017): OPPORTUNITY, TRAINING_OFFER, PARTNERSHIP, "
                    + "PEDAGOGY, MEANS, FOLLOW_UP, COMMUNICATION, INTERNATIONAL, CAMPUS_LIFE", required = true)
            String theme,
            @Schema(description = "Partners of the campus involved, by identifier", required = true)
            List<UUID> partnerIds,
            @Schema(description = "Planned budget in euro cents", nullable = true) Long plannedBudgetCents,
            @Schema(description = "PLANNED, IN_PROGRESS, DONE or ABANDONED", required = true) String status,
            @Schema(description = "The steering committee's score in percent (25, 50, 75, 100 or more)",
                    nullable = true) Integer score,
            @Schema(description = "Date of the steering committee that gave the score", nullable = true)
            LocalDate committeeDate) {
    }

    @Schema(name = "ActionChangePlan", description = "The annual action plan of the action's year")
    public record Plan(
            @Schema(description = "Year of the plan", required = true) int year,
            @Schema(description = "Actions in the plan", required = true) int actions,
            @Schema(description = "Actions scored by the steering committee", required = true) int scoredActions,
            @Schema(description = "The plan's completion (Annexe 3): the mean of the scores, in percent with one "
                    + "decimal; null while no action is scored. It is the ACTION_PLAN_COMPLETION value of the year",
                    nullable = true) BigDecimal completionPercent) {
    }
}
