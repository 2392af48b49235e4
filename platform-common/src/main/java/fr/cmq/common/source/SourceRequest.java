package fr.cmq.common.source;

import fr.cmq.common.reference.SourceKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional {@code source} of a write body: its kind and reference; the server fills the rest (role and region
 * of the caller, file and day of an import). See {@link FactSources} for the rules.
 */
@Schema(description = "Where the written facts come from (optional; default DECLARED, or the campus's own "
        + "demonstration kind). REPORT_2017 needs a national token and a reference; IMPORTED is set by the bulk "
        + "import only; EXAMPLE and SYNTHETIC facts go on a campus registered with that kind, never on another")
public record SourceRequest(
        @NotNull @Schema(required = true) SourceKind kind,
        @Size(max = 200) @Schema(description = "REPORT_2017: the report's paragraph or table, e.g. \"[112]\"; "
                + "EXAMPLE/SYNTHETIC: the demonstration's name") String reference) {
}
