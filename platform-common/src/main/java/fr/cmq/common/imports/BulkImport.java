package fr.cmq.common.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.JsonProblems;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSources;
import fr.cmq.common.web.BodyValidation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The import of a region's records in one request, line by line, the same for every service:
 * <ol>
 * <li>the caller may write the region of the path (decided before the file is read: {@link ImportRegionTarget});</li>
 * <li>each line is read ({@link ImportReader}), its record type and keys checked, its other fields bound to the body
 * of the single write (strict JSON: the single write's words), validated ({@link BodyValidation}) and pre-checked
 * ({@link RecordType#precheck}); a line failing there is rejected and never reaches the database;</li>
 * <li>lines are written in batches of {@code cmq.import.batch-size}, each batch in one transaction, by the single
 * write's use case ({@link RecordType#write}: same rules, same outbox events); when a line of a batch is refused (a
 * rule that reads the database, a conflict) or the database fails, the batch is rolled back and its lines are written
 * again one transaction each, so that a bad line never takes good ones with it;</li>
 * <li>lines about campuses that this very import registered wait, at most {@code cmq.import.campus-wait} in all, for
 * the campus to reach the service's campus directory ({@link CampusArrivals});</li>
 * <li>the answer is the {@link ImportReport}; when every line was rejected, a 400 problem naming each line and field
 * (nothing was stored), unless the caller asked for the report anyway (the gateway, which merges the services'
 * reports).</li>
 * </ol>
 * Lines name their records by the portal's ids, so an import replayed writes nothing again: every line is UNCHANGED.
 */
@ApplicationScoped
public class BulkImport {

    /** The path under which every import endpoint lives, at the gateway and in each service. */
    public static final String PATH_PREFIX = "/api/v1/imports/";

    private static final Logger LOG = Logger.getLogger(BulkImport.class);

    @Inject
    ObjectMapper objectMapper;
    @Inject
    BodyValidation validation;
    @Inject
    Caller caller;
    @Inject
    Instance<CampusArrivals> arrivals;
    @Inject
    FactSources sources;
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "cmq.import.batch-size", defaultValue = "100")
    int batchSize;
    @ConfigProperty(name = "cmq.import.campus-wait", defaultValue = "60s")
    Duration campusWait;

    /** A line ready to be written. */
    private record Bound(ImportLine line, RecordType<Object> type, Object body) {
    }

    /**
     * Imports {@code body} ({@code contentType}: NDJSON or CSV) into {@code regionCode} with the record types given.
     *
     * @param reportAlways answer the report even when every line is rejected (instead of the 400 problem)
     */
    public ImportReport run(String regionCode, String contentType, InputStream body, boolean reportAlways,
                            List<? extends RecordType<?>> types) {
        return run(regionCode, contentType, body, reportAlways, null, null, types);
    }

    /**
     * As {@link #run(String, String, InputStream, boolean, List)}, every line's facts stored with the file's source
     * (issue 13, {@link FactSources#startImport}): {@code source} ({@code ?source=}) EXAMPLE or SYNTHETIC marks the
     * whole file as demonstration data; otherwise IMPORTED with {@code fileName} ({@code ?fileName=}, default
     * {@code import-<region>-<date>.<ext>}) and today's date.
     */
    public ImportReport run(String regionCode, String contentType, InputStream body, boolean reportAlways,
                            String source, String fileName, List<? extends RecordType<?>> types) {
        caller.requireWriteOn(regionCode);
        sources.startImport(source, fileName, regionCode, contentType);
        long started = System.nanoTime();
        Map<String, RecordType<Object>> byName = new LinkedHashMap<>();
        for (RecordType<?> type : types) {
            @SuppressWarnings("unchecked")
            RecordType<Object> t = (RecordType<Object>) type;
            byName.put(type.name(), t);
        }
        ImportReader reader = ImportReader.open(body, contentType, objectMapper);
        Run run = new Run(regionCode, byName, started + campusWait.toNanos());
        while (reader.hasNext()) {
            run.add(reader.next());
        }
        run.flush();
        if (run.results.isEmpty()) {
            throw ProblemException.invalid("body", "no line to import");
        }
        ImportReport report = ImportReport.of(regionCode, run.results);
        LOG.infof("Import into region %s (%s): %d lines, %d created, %d updated, %d unchanged, %d rejected in %d ms",
                regionCode, String.join("+", byName.keySet()), report.lines(), report.created(), report.updated(),
                report.unchanged(), report.rejected(), (System.nanoTime() - started) / 1_000_000);
        if (report.allRejected() && !reportAlways) {
            throw report.problem();
        }
        return report;
    }

    /** The state of one import: the results so far and the batch being filled. */
    private final class Run {
        final String regionCode;
        final Map<String, RecordType<Object>> types;
        final long campusDeadline;
        final List<LineResult> results = new ArrayList<>();
        final List<Bound> batch = new ArrayList<>();

        Run(String regionCode, Map<String, RecordType<Object>> types, long campusDeadline) {
            this.regionCode = regionCode;
            this.types = types;
            this.campusDeadline = campusDeadline;
        }

        void add(RawLine raw) {
            Object bound = bind(raw);
            if (bound instanceof LineResult rejected) {
                results.add(rejected);
                return;
            }
            batch.add((Bound) bound);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        /** The line bound to its record, or its rejection. */
        private Object bind(RawLine raw) {
            if (raw.unreadable()) {
                return LineResult.rejected(raw.number(), raw.record(), null, List.of(raw.fault()));
            }
            if (raw.record() == null) {
                return LineResult.rejected(raw.number(), null, null, ImportReader.RECORD,
                        "required: one of " + String.join(", ", types.keySet()));
            }
            RecordType<Object> type = types.get(raw.record());
            if (type == null) {
                return LineResult.rejected(raw.number(), raw.record(), null, ImportReader.RECORD,
                        "'" + raw.record() + "' is not imported here: one of " + String.join(", ", types.keySet()));
            }
            ObjectNode fields = raw.json() != null ? raw.json().deepCopy()
                    : CsvFields.toJson(raw.cells(), type.body(), type.keys());
            fields.remove(ImportReader.RECORD);
            List<LineError> errors = new ArrayList<>();
            Map<String, Object> keys = new LinkedHashMap<>();
            for (Map.Entry<String, Class<?>> key : type.keys().entrySet()) {
                JsonNode value = fields.remove(key.getKey());
                Object read = key(key.getValue(), value);
                if (read == null) {
                    errors.add(new LineError(key.getKey(), value == null || value.isNull() ? "required"
                            : key.getValue() == UUID.class ? "must be a UUID"
                            : key.getValue() == Integer.class ? "expected an integer" : "expected a string"));
                } else {
                    keys.put(key.getKey(), read);
                }
            }
            ImportLine line = new ImportLine(raw.number(), regionCode, type.name(), keys);
            String id = errors.isEmpty() ? type.id(line) : null;
            Object body = null;
            try {
                body = objectMapper.treeToValue(fields, type.body());
            } catch (JsonProcessingException e) {
                FieldError error = JsonProblems.fieldError(e);
                errors.add(new LineError(error.field(), error.message()));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError("line", "cannot be read"));
            }
            if (!errors.isEmpty()) {
                return LineResult.rejected(raw.number(), type.name(), id, errors);
            }
            try {
                validation.check(body);
                type.precheck(line, body);
            } catch (ProblemException e) {
                return LineResult.rejected(raw.number(), type.name(), id, lineErrors(e, type));
            }
            return new Bound(line, type, body);
        }

        /** Writes the batch in one transaction, or line by line when a line of it fails. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            awaitCampuses();
            List<Bound> lines = List.copyOf(batch);
            batch.clear();
            List<LineResult> written;
            try {
                written = QuarkusTransaction.requiringNew().call(() -> {
                    List<LineResult> out = new ArrayList<>();
                    for (Bound bound : lines) {
                        out.add(new LineResult(bound.line().number(), bound.type().name(),
                                bound.type().id(bound.line()), bound.type().write(bound.line(), bound.body()), null));
                        // the line's rows are written: later lines' flushes need not check them again
                        entityManager.flush();
                        entityManager.clear();
                    }
                    return out;
                });
            } catch (RuntimeException batchFailed) {
                written = new ArrayList<>();
                for (Bound bound : lines) {
                    written.add(writeAlone(bound));
                }
            }
            results.addAll(written);
        }

        private LineResult writeAlone(Bound bound) {
            String id = bound.type().id(bound.line());
            try {
                ImportOutcome outcome = QuarkusTransaction.requiringNew()
                        .call(() -> bound.type().write(bound.line(), bound.body()));
                return new LineResult(bound.line().number(), bound.type().name(), id, outcome, null);
            } catch (RuntimeException e) {
                ProblemException problem = problemOf(e);
                if (problem != null) {
                    return LineResult.rejected(bound.line().number(), bound.type().name(), id,
                            lineErrors(problem, bound.type()));
                }
                // no value of the line in the log (it may hold personal data): the failure's kind only
                LOG.warnf("Import line %d (%s) not stored: %s", bound.line().number(), bound.type().name(),
                        rootCause(e).getClass().getName());
                return LineResult.rejected(bound.line().number(), bound.type().name(), id, "line",
                        "could not be stored (database error); nothing of the line was written");
            }
        }

        private void awaitCampuses() {
            if (!arrivals.isResolvable()) {
                return;
            }
            Set<UUID> campuses = new LinkedHashSet<>();
            Map<RecordType<Object>, List<ImportLine>> byType = batch.stream().collect(Collectors.groupingBy(
                    Bound::type, LinkedHashMap::new, Collectors.mapping(Bound::line, Collectors.toList())));
            byType.forEach((type, lines) -> campuses.addAll(type.campuses(lines)));
            if (!campuses.isEmpty()) {
                arrivals.get().await(campuses, campusDeadline);
            }
        }
    }

    private static Object key(Class<?> type, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (type == UUID.class) {
            if (!value.isTextual()) {
                return null;
            }
            try {
                UUID id = UUID.fromString(value.textValue());
                return id.toString().equalsIgnoreCase(value.textValue()) ? id : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (type == Integer.class) {
            return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
        }
        return value.isTextual() ? value.textValue() : null;
    }

    /** A line's faults from the single write's refusal: its field errors, or its detail on the line's first key. */
    static List<LineError> lineErrors(ProblemException e, RecordType<?> type) {
        if (!e.errors().isEmpty()) {
            return e.errors().stream().map(f -> new LineError(f.field(), f.message())).toList();
        }
        return List.of(new LineError(type.keys().keySet().iterator().next(), e.getMessage()));
    }

    private static ProblemException problemOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
