package fr.cmq.gateway.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the national table. */
@Schema(name = "TablePage", description = "A page of the national table and the cursor of the next one")
public record TablePage(
        List<TableRow> items,
        @Schema(description = "Pass it as cursor for the next page; null on the last page") String nextCursor) {
}
