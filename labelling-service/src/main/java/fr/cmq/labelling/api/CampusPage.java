package fr.cmq.labelling.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the register (the platform's {@code Page} shape, typed for the API's documentation). */
@Schema(description = "One page of the register; nextCursor (also in Link rel=next) is null on the last page")
public record CampusPage(List<CampusView> items,
                         @Schema(description = "Opaque cursor of the next page", nullable = true) String nextCursor) {
}
