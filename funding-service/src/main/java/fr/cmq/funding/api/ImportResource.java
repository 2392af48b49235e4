package fr.cmq.funding.api;

import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.imports.ImportReport;
import fr.cmq.common.security.Roles;
import fr.cmq.funding.service.BudgetImport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/** The budget lines of a region's bulk import (the gateway's {@code POST /api/v1/imports/regions/{regionCode}}).
 * Hidden from the public document: the gateway's import is the public operation; it calls this one with the caller's
 * token, as a portal may too.
 */
@Path(BulkImport.PATH_PREFIX + "regions/{regionCode}/budgets")
@Tag(name = "Budgets")
public class ImportResource {

    @Inject
    BulkImport imports;
    @Inject
    BudgetImport budgets;

    @POST
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(hidden = true, operationId = "importRegionBudgets", summary = "Import a region's campus budgets (NDJSON or CSV)",
            description = "The region of the path is decided first (403 for a regional token of another region, "
                    + "before the file is read). One line = one budget, all or nothing: record budget, campusId, year, "
                    + "kind (FORECAST, EXECUTED) and the fields of PUT .../budgets/{year}. Create or replace without "
                    + "If-Match, with the single write's rules and events (BudgetDeclared, BudgetUpdated); an equal "
                    + "line is UNCHANGED (no event): a replay changes nothing. A campus registered by the same import "
                    + "is awaited in the campus directory (cmq.import.campus-wait). 400 naming each line and field "
                    + "when every line is refused (report=always: the report anyway).")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "What the import did, line by line")
    public ImportReport importBudgets(
            @PathParam("regionCode") String regionCode,
            @Parameter(description = "always: answer the report even when every line is refused (the gateway)")
            @QueryParam("report") String report,
            @Parameter(description = "EXAMPLE or SYNTHETIC: the whole file is demonstration data (its campuses must be "
                    + "registered with that kind); absent: IMPORTED") @QueryParam("source") String source,
            @Parameter(description = "Name of the imported file, recorded in each fact's source (default "
                    + "import-<region>-<date>.<ext>)") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(required = true, content = {
                    @Content(mediaType = ImportFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "budget", value = """
                                    {"record":"budget","campusId":"0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01","year":2026,"kind":"FORECAST","holder":"CAMPUS","uses":[{"use":"ACTIONS","amountCents":900000000}],"contributions":[{"funderName":"Région Occitanie","funderType":"REGION","amountCents":900000000,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"}]}""")),
                    @Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "budget", value = """
                                    record,campusId,year,kind,holder,uses[0].use,uses[0].amountCents,contributions[0].funderName,contributions[0].funderType,contributions[0].amountCents,contributions[0].nature,contributions[0].modality,contributions[0].status
                                    budget,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,2026,FORECAST,CAMPUS,ACTIONS,900000000,Région Occitanie,REGION,900000000,CASH,EX_ANTE,GRANTED"""))})
            InputStream body) {
        return imports.run(regionCode, contentType, body, "always".equals(report), source, fileName,
                List.of(budgets));
    }
}
