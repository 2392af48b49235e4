package fr.cmq.labelling.api;

import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.imports.ImportReport;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.CampusImport;
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

/** The campus lines of a region's bulk import (the gateway's {@code POST /api/v1/imports/regions/{regionCode}}).
 * Hidden from the public document: the gateway's import is the public operation; it calls this one with the caller's
 * token, as a portal may too.
 */
@Path(BulkImport.PATH_PREFIX + "regions/{regionCode}/campuses")
@Tag(name = ApiTags.REGISTER, description = ApiTags.REGISTER_DESCRIPTION)
public class ImportResource {

    @Inject
    BulkImport imports;
    @Inject
    CampusImport campuses;

    @POST
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(hidden = true, operationId = "importRegionCampuses", summary = "Import a region's campuses (NDJSON or CSV)",
            description = "The region of the path is decided first (403 for a regional token of another region, "
                    + "before the file is read). One line = one campus, all or nothing: campusId (chosen by the "
                    + "portal) and the fields of POST /api/v1/campuses. A new id registers the campus "
                    + "(CampusRegistered), a known one replaces its fields (CampusUpdated), an equal line is UNCHANGED "
                    + "(no event): a replay changes nothing. Lines are written in batches; a refused line takes no "
                    + "other with it. 400 naming each line and field when every line is refused (report=always: "
                    + "the report anyway).")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "What the import did, line by line")
    public ImportReport importCampuses(
            @PathParam("regionCode") String regionCode,
            @Parameter(description = "always: answer the report even when every line is refused (the gateway)")
            @QueryParam("report") String report,
            @Parameter(description = "EXAMPLE or SYNTHETIC: the whole file is demonstration data (its campuses "
                    + "registered with that kind); absent: IMPORTED") @QueryParam("source") String source,
            @Parameter(description = "Name of the imported file, recorded in each fact's source (default "
                    + "import-<region>-<date>.<ext>)") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(required = true, content = {
                    @Content(mediaType = ImportFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "campus", value = """
                                    {"record":"campus","campusId":"0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01","designation":"Aéronautique et spatial","familyCode":"MOBILITY_AERONAUTICS_TRANSPORT","regionCode":"76","academyCodes":["TOULOUSE"]}""")),
                    @Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "campus", value = """
                                    record,campusId,designation,familyCode,regionCode,academyCodes
                                    campus,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,Aéronautique et spatial,MOBILITY_AERONAUTICS_TRANSPORT,76,TOULOUSE"""))})
            InputStream body) {
        return imports.run(regionCode, contentType, body, "always".equals(report), source, fileName,
                List.of(campuses));
    }
}
