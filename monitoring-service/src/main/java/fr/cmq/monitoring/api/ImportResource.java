package fr.cmq.monitoring.api;

import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.imports.ImportReport;
import fr.cmq.common.security.Roles;
import fr.cmq.monitoring.service.MonitoringImport;
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

/** The profile and partner lines of a region's bulk import (the gateway's {@code POST /api/v1/imports/regions/{regionCode}}).
 * Hidden from the public document: the gateway's import is the public operation; it calls this one with the caller's
 * token, as a portal may too.
 */
@Path(BulkImport.PATH_PREFIX + "regions/{regionCode}/monitoring")
@Tag(name = ApiTags.PROFILE, description = ApiTags.PROFILE_DESCRIPTION)
public class ImportResource {

    @Inject
    BulkImport imports;
    @Inject
    MonitoringImport lines;

    @POST
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(hidden = true, operationId = "importRegionProfilesAndPartners", summary = "Import a region's campus profiles and partners (NDJSON or CSV)",
            description = "The region of the path is decided first (403 for a regional token of another region, "
                    + "before the file is read). One line = one record, all or nothing: record profile (campusId and "
                    + "the fields of PUT .../profile) or partner (campusId, partnerId chosen by the portal, and the "
                    + "fields of POST .../partners). Create or replace without If-Match, with the single writes' "
                    + "rules and events (ProfileChanged, LegalFormChanged, PartnerAdded, PartnerUpdated, PartnerLeft); "
                    + "an equal line is UNCHANGED (no event): a replay changes nothing. A campus registered by the "
                    + "same import is awaited in the campus directory (cmq.import.campus-wait). 400 naming each line "
                    + "and field when every line is refused (report=always: the report anyway).")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "What the import did, line by line")
    public ImportReport importProfilesAndPartners(
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
                            examples = @ExampleObject(name = "profile and partner", value = """
                                    {"record":"profile","campusId":"0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01","legalForm":"ASSOCIATION","hasLegalPersonality":true,"hasOwnBudget":true,"directorPost":{"exists":true,"fte":1.0,"vacant":false,"missionLetter":true},"governance":{"steeringCommittee":true,"managementCommittee":true,"workingGroups":[],"higherEducationInGovernance":false}}
                                    {"record":"partner","campusId":"0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01","partnerId":"5d0c7a52-1f0e-4a43-8d2b-6c3f0b9e2a11","name":"Airbus","siret":"38347481400100","category":"COMPANY","companySize":"LARGE","sector":"PRIVATE","trainingRole":"CONTINUING","membershipBasis":"SIGNED_COMMITMENT","inGovernance":true}""")),
                    @Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "profile and partner", value = """
                                    record,campusId,partnerId,legalForm,hasLegalPersonality,hasOwnBudget,directorPost.exists,directorPost.fte,directorPost.vacant,directorPost.missionLetter,governance.steeringCommittee,governance.managementCommittee,governance.higherEducationInGovernance,name,siret,category,companySize,sector,trainingRole,membershipBasis,inGovernance
                                    profile,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,,ASSOCIATION,true,true,true,1.0,false,true,true,true,false,,,,,,,,
                                    partner,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,5d0c7a52-1f0e-4a43-8d2b-6c3f0b9e2a11,,,,,,,,,,,Airbus,38347481400100,COMPANY,LARGE,PRIVATE,CONTINUING,SIGNED_COMMITMENT,true"""))})
            InputStream body) {
        return imports.run(regionCode, contentType, body, "always".equals(report), source, fileName,
                lines.types());
    }
}
