package fr.cmq.monitoring.service;

import fr.cmq.common.reference.ActionStatus;
import fr.cmq.common.reference.ActionTheme;
import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "The body of POST .../action-plans/{year}/actions: an action sheet of the annual plan")
public record ActionRequest(
        @Schema(description = "Title of the action", required = true, example = "Forum des métiers de l'aéronautique")
        @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull ActionTheme theme,
        @Schema(description = "Partners of the campus involved, by identifier (GET .../partners), each once")
        @Size(max = 100) List<@NotNull UUID> partnerIds,
        @Schema(description = "Planned budget in euro cents", nullable = true, example = "1500000")
        @PositiveOrZero Long plannedBudgetCents,
        @Schema(required = true) @NotNull ActionStatus status,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
