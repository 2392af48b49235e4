package fr.cmq.gateway.opendata;

import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.Params;
import fr.cmq.gateway.dashboard.DashboardChanges;
import fr.cmq.gateway.dashboard.TableParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national campus table as open data (Licence Ouverte 2.0): the public columns as CSV or JSON and their Table
 * Schema. Public, without a token: what it publishes is chosen by one setting and holds no amount and no person by
 * default.
 */
@Path("/api/v1/open-data")
@PermitAll
@Tag(name = "Open data", description = "The national campus table's public columns under Licence Ouverte 2.0, with "
        + "their Table Schema (schema.data.gouv.fr conventions)")
public class OpenDataResource {

    private static final String YEAR = "Year of the funder shares (default: this year; 2013 to five years ahead)";
    private static final String DEMO_DATA = "The demonstration data (campuses whose source kind is EXAMPLE or "
            + "SYNTHETIC: invented examples, generated load data) is left out unless includeDemoData=true.";

    @Inject
    OpenDataPublication publication;
    @Inject
    DashboardChanges changes;
    @Inject
    CmqClock clock;

    @GET
    @Path("/campuses.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(operationId = "openDataCampusesCsv", summary = "The open-data file: one campus per line",
            description = "The public columns of the national table (see schema.json), UTF-8, comma-separated, "
                    + "a header line of the field names; an empty cell is a missing value; lists joined by |. "
                    + DEMO_DATA)
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = YEAR) @QueryParam("year") Integer year,
                        @Parameter(description = TableParameters.INCLUDE_DEMO_DATA_DESCRIPTION,
                                schema = @Schema(type = SchemaType.BOOLEAN))
                        @QueryParam(TableParameters.INCLUDE_DEMO_DATA) String includeDemoData,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int budgetYear = Params.year("year", year, clock.today());
        boolean demoData = TableParameters.includeDemoData(includeDemoData);
        StreamingOutput file = output -> {
            CsvWriter csv = CsvWriter.utf8(output);
            csv.row(publication.columns().stream().map(OpenDataColumn::name).toList());
            publication.forEach(budgetYear, demoData, row -> csv.row(publication.cells(row)));
            csv.flush();
        };
        return ConditionalRequests.conditionalGet(ifNoneMatch, changes.entityTag(), () -> Response.ok(
                        file, CsvWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cmq-campus-" + budgetYear
                        + (demoData ? "-avec-demonstration" : "") + ".csv\""));
    }

    @GET
    @Path("/campuses.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openDataCampusesJson", summary = "The open-data file as JSON",
            description = "The same rows and fields as campuses.csv, one object per campus, with the schema's "
                    + "version and licence, and whether demonstration data is included (demoDataIncluded). "
                    + DEMO_DATA)
    @APIResponse(responseCode = "200", description = "The campuses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Map.class)))
    public Response json(@Parameter(description = YEAR) @QueryParam("year") Integer year,
                         @Parameter(description = TableParameters.INCLUDE_DEMO_DATA_DESCRIPTION,
                                 schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam(TableParameters.INCLUDE_DEMO_DATA) String includeDemoData,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int budgetYear = Params.year("year", year, clock.today());
        boolean demoData = TableParameters.includeDemoData(includeDemoData);
        return ConditionalRequests.conditionalGet(ifNoneMatch, changes.entityTag(), () -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("schema", "/api/v1/open-data/schema.json");
            answer.put("schemaVersion", publication.schema().get("version"));
            answer.put("licence", "etalab-2.0");
            answer.put("budgetYear", budgetYear);
            answer.put("demoDataIncluded", demoData);
            List<Map<String, Object>> campuses = new ArrayList<>();
            try {
                publication.forEach(budgetYear, demoData, row -> campuses.add(publication.object(row)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answer.put("campuses", campuses);
            return Response.ok(answer, MediaType.APPLICATION_JSON);
        });
    }

    @GET
    @Path("/schema.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openDataSchema", summary = "The Table Schema of the open-data file",
            description = "Frictionless Table Schema following schema.data.gouv.fr's conventions: per field a name, "
                    + "French title and description, example, type and constraints (codes of the code lists with their "
                    + "French labels); primary key campusId; licence etalab-2.0; semantic version.")
    @APIResponse(responseCode = "200", description = "The Table Schema",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Map.class)))
    public Map<String, Object> schema() {
        return publication.schema();
    }
}
