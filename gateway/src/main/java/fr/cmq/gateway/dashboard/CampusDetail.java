package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One campus: its table row for the year and what the three services published about it. */
@Schema(name = "CampusDetail", description = "One campus of the national table with everything the three services "
        + "published about it")
public record CampusDetail(
        TableRow row,
        @Schema(description = "Other names the campus communicates under") List<String> communicationNames,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "The label as the labelling service last published it; null before any")
        JsonNode label,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "The profile as the monitoring service last published it; null before any")
        JsonNode profile,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "The partner typology summary as the monitoring service last published it")
        JsonNode partnerSummary,
        @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                description = "The campus's partners, by name, as the monitoring service published each")
        List<JsonNode> partners,
        @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                description = "Every budget of the campus, latest year first, as the funding service published each")
        List<JsonNode> budgets,
        @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                description = "Every director co-financing of the campus, latest year first")
        List<JsonNode> directorFundings) {
}
