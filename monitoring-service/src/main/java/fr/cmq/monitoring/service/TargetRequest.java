package fr.cmq.monitoring.service;

import fr.cmq.common.source.SourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The body of PUT .../indicators/{code}/targets/{year}: the target, in the indicator's unit")
public record TargetRequest(
        @Schema(description = "The target in the indicator's unit (a rate in percent: 150.0 for 150 %), within the "
                + "indicator's bounds", required = true, example = "150.0")
        @NotNull BigDecimal value,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {
}
