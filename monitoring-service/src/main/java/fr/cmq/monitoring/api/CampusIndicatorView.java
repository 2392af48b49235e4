package fr.cmq.monitoring.api;

import fr.cmq.common.reference.IndicatorTheme;
import fr.cmq.common.reference.IndicatorUnit;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import fr.cmq.monitoring.domain.IndicatorSeries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One indicator of the catalogue for a campus: its targets and its values by year, each value "
        + "with its gap to target and trend")
public record CampusIndicatorView(
        @Schema(description = "The indicator's code") String code,
        @Schema(description = "French label") String label,
        IndicatorTheme theme,
        IndicatorUnit unit,
        @Schema(description = "ACTION_PLAN or FUNDING when values are computed, never declared", nullable = true)
        String computedFrom,
        @Schema(description = "Targets, by year then breakdown") List<TargetView> targets,
        @Schema(description = "Values, by year then breakdown") List<ValueView> values) {

    static CampusIndicatorView of(IndicatorSeries s, boolean showActor) {
        IndicatorDefinition d = s.definition();
        return new CampusIndicatorView(d.code(), d.label(), d.theme(), d.unit(), d.computedFrom(),
                s.targets().stream().map(t -> TargetView.of(t, d)).toList(),
                s.values().stream().map(r -> ValueView.of(d.code(), r, showActor)).toList());
    }
}
