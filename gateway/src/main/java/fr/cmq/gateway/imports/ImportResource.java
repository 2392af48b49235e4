package fr.cmq.gateway.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.imports.ImportReader;
import fr.cmq.common.imports.ImportReport;
import fr.cmq.common.imports.LineResult;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.source.FactSources;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A regional portal's bulk import: a region's campuses, profiles, partners and budgets in one file (NDJSON or CSV),
 * split by service (labelling first: monitoring and funding learn new campuses from its events), each line written
 * by its service's single-write use case, the services' reports merged with the file's line numbers.
 */
@Path(BulkImport.PATH_PREFIX + "regions/{regionCode}")
@Tag(name = "Bulk import", description = "A region's existing data (campuses, profiles, partners, budgets) in one "
        + "request, line by line")
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);

    @Inject
    ImportServices services;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    Caller caller;
    @ConfigProperty(name = "cmq.import.parts-per-service", defaultValue = "2")
    int partsPerService;

    @POST
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "importRegion", summary = "Import a region's campuses, profiles, partners and budgets",
            description = "For regional portals holding hundreds of campuses. The region of the path is decided "
                    + "first: a national token, or the regional token of that region (403 otherwise, before the file "
                    + "is read). One line = one record, all or nothing, with the fields, rules and error texts of the "
                    + "single write: record campus (campusId chosen by the portal + POST /campuses body), profile "
                    + "(campusId + PUT .../profile body), partner (campusId, partnerId chosen by the portal + partner "
                    + "body), budget (campusId, year, kind + PUT .../budgets/{year} body). Records are created or "
                    + "replaced without If-Match and publish the single writes' events; a line equal to what is "
                    + "stored is UNCHANGED and publishes nothing, so a replayed file changes nothing (Idempotency-Key "
                    + "is checked but no answer is kept: the portal's ids make the import idempotent). NDJSON: one "
                    + "JSON object per line. CSV: a header row with a record column; other columns are named by the "
                    + "field's JSON path (directorPost.fte, uses[0].amountCents), lists of codes or texts in one cell "
                    + "separated by |, an empty cell is an absent field. Answers the report of every line (line "
                    + "numbers of the file; a CSV header is line 1); 400 naming each line and field (\"line 3: "
                    + "designation\") when every line is refused, nothing being stored.")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "What the import did, line by line")
    public ImportReport importRegion(
            @Parameter(description = "INSEE code of the region", example = "76") @PathParam("regionCode") String regionCode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "EXAMPLE or SYNTHETIC: the whole file is demonstration data (its campuses "
                    + "registered with that kind, never counted in national figures); absent: the facts are IMPORTED")
            @QueryParam("source") String source,
            @Parameter(description = "Name of the imported file, recorded in each fact's source (default "
                    + "import-<region>-<date>.<csv|ndjson>)") @QueryParam("fileName") String fileName,
            @RequestBody(required = true, content = {
                    @Content(mediaType = ImportFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "a campus and a partner", value = """
                                    record,campusId,partnerId,designation,familyCode,regionCode,academyCodes,name,category,companySize,sector,trainingRole,membershipBasis,inGovernance
                                    campus,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,,Campus d'exemple (données fictives),MOBILITY_AERONAUTICS_TRANSPORT,76,TOULOUSE,,,,,,,
                                    partner,0b6f1d1e-3c6a-4f7e-9f51-2f5c1f1a7a01,5d0c7a52-1f0e-4a43-8d2b-6c3f0b9e2a11,,,,,Entreprise (exemple),COMPANY,LARGE,PRIVATE,CONTINUING,SIGNED_COMMITMENT,true"""))})
            InputStream body) {
        caller.requireWriteOn(regionCode);
        SourceKind kind = FactSources.importKind(source);
        ImportServices.Origin origin = new ImportServices.Origin(kind == SourceKind.IMPORTED ? null : kind.name(),
                FactSources.importFileName(fileName));
        long started = System.nanoTime();
        ImportParts parts = ImportParts.split(ImportReader.open(body, contentType, objectMapper), objectMapper);
        if (parts.isEmpty()) {
            throw ProblemException.invalid("body", "no line to import");
        }
        String type = parts.format.mediaType();
        List<ImportReport> reports = new ArrayList<>();
        List<LineResult> refused = new ArrayList<>(parts.refused);

        List<ImportParts.Line> campuses = parts.byService.get("labelling");
        if (!campuses.isEmpty()) {
            List<CompletableFuture<ImportReport>> pending = new ArrayList<>();
            for (List<ImportParts.Line> chunk : chunks(campuses)) {
                pending.add(services.send("labelling", regionCode, authorization, type, origin, parts.body(chunk)));
            }
            List<ImportReport> labelling = pending.stream().map(ImportResource::join).toList();
            reports.addAll(labelling);
            refused.addAll(refuseLinesOfRefusedCampuses(ImportReport.merge(regionCode, labelling, List.of()),
                    campuses, parts, authorization));
        }
        List<CompletableFuture<ImportReport>> pending = new ArrayList<>();
        for (String service : List.of("monitoring", "funding")) {
            for (List<ImportParts.Line> chunk : chunks(parts.byService.get(service))) {
                pending.add(services.send(service, regionCode, authorization, type, origin, parts.body(chunk)));
            }
        }
        pending.forEach(part -> reports.add(join(part)));

        ImportReport report = ImportReport.merge(regionCode, reports, refused);
        LOG.infof("Import into region %s: %d lines, %d created, %d updated, %d unchanged, %d rejected in %d ms",
                regionCode, report.lines(), report.created(), report.updated(), report.unchanged(), report.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        if (report.allRejected()) {
            throw report.problem();
        }
        return report;
    }

    /**
     * The lines (profiles, partners, budgets) of a campus whose campus line labelling refused and that the register
     * does not know either: refused here, rather than awaited in vain by their services. They are taken out of
     * their parts.
     */
    private List<LineResult> refuseLinesOfRefusedCampuses(ImportReport labelling, List<ImportParts.Line> campuses,
                                                          ImportParts parts, String authorization) {
        Map<String, Integer> refusedCampusLines = new HashMap<>();
        Map<Integer, String> campusOfLine = new HashMap<>();
        campuses.forEach(line -> campusOfLine.put(line.number(), line.campusId()));
        for (LineResult result : labelling.results()) {
            String campusId = campusOfLine.get(result.line());
            if (result.outcome() == fr.cmq.common.imports.ImportOutcome.REJECTED && campusId != null) {
                refusedCampusLines.putIfAbsent(campusId, result.line());
            }
        }
        Set<String> unknown = new HashSet<>();
        for (String campusId : refusedCampusLines.keySet()) {
            UUID id = uuid(campusId);
            if (id != null && !services.campusExists(authorization, id)) {
                unknown.add(campusId);
            }
        }
        List<LineResult> refused = new ArrayList<>();
        if (unknown.isEmpty()) {
            return refused;
        }
        for (String service : List.of("monitoring", "funding")) {
            parts.byService.get(service).removeIf(line -> {
                if (line.campusId() != null && unknown.contains(line.campusId())) {
                    refused.add(LineResult.rejected(line.number(), line.record(), null, "campusId",
                            "campus " + line.campusId() + " is not in the register: its campus line "
                                    + refusedCampusLines.get(line.campusId()) + " was rejected"));
                    return true;
                }
                return false;
            });
        }
        return refused;
    }

    /**
     * A service's lines in {@code cmq.import.parts-per-service} parts sent at once (each written by its own worker of
     * the service), all the lines of one campus in the same part and in the file's order.
     */
    private List<List<ImportParts.Line>> chunks(List<ImportParts.Line> lines) {
        List<List<ImportParts.Line>> chunks = new ArrayList<>();
        for (int i = 0; i < partsPerService; i++) {
            chunks.add(new ArrayList<>());
        }
        for (ImportParts.Line line : lines) {
            int at = line.campusId() == null ? 0 : Math.floorMod(line.campusId().hashCode(), partsPerService);
            chunks.get(at).add(line);
        }
        chunks.removeIf(List::isEmpty);
        return chunks;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ImportReport join(CompletableFuture<ImportReport> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
