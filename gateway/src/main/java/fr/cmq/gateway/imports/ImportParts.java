package fr.cmq.gateway.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.imports.ImportReader;
import fr.cmq.common.imports.LineResult;
import fr.cmq.common.imports.RawLine;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A region's import file split by service, each line keeping its number in the file: {@code campus} lines for
 * labelling, {@code profile} and {@code partner} lines for monitoring, {@code budget} lines for funding. Each part is
 * in the file's format, every line carrying its number ({@code "line"} member, or {@code line} column after the
 * file's header), so that the services report the file's numbers. Lines that name no record the platform imports
 * are refused here.
 */
final class ImportParts {

    /** The record types of each service, in the order the gateway calls them. */
    static final Map<String, Set<String>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("labelling", Set.of("campus"));
        RECORDS.put("monitoring", Set.of("profile", "partner"));
        RECORDS.put("funding", Set.of("budget"));
    }

    static final String ALL_RECORDS = "campus, profile, partner, budget";

    /** One line of a part: its number, the campus it names (as written), and its bytes in the part's format. */
    record Line(int number, String record, String campusId, byte[] bytes) {
    }

    final ImportFormat format;
    final Map<String, List<Line>> byService = new LinkedHashMap<>();
    final List<LineResult> refused = new ArrayList<>();
    private final List<String> header;
    private final ObjectMapper objectMapper;

    private ImportParts(ImportFormat format, List<String> header, ObjectMapper objectMapper) {
        this.format = format;
        this.header = header;
        this.objectMapper = objectMapper;
        RECORDS.keySet().forEach(service -> byService.put(service, new ArrayList<>()));
    }

    /** Reads the whole file (line by line) into its parts. */
    static ImportParts split(ImportReader reader, ObjectMapper objectMapper) {
        ImportParts parts = new ImportParts(reader.format(), reader.header(), objectMapper);
        while (reader.hasNext()) {
            parts.add(reader.next());
        }
        return parts;
    }

    boolean isEmpty() {
        return refused.isEmpty() && byService.values().stream().allMatch(List::isEmpty);
    }

    private void add(RawLine raw) {
        if (raw.unreadable()) {
            refused.add(LineResult.rejected(raw.number(), raw.record(), null, List.of(raw.fault())));
            return;
        }
        if (raw.record() == null) {
            refused.add(LineResult.rejected(raw.number(), null, null, ImportReader.RECORD,
                    "required: one of " + ALL_RECORDS));
            return;
        }
        String service = RECORDS.entrySet().stream().filter(e -> e.getValue().contains(raw.record()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (service == null) {
            refused.add(LineResult.rejected(raw.number(), raw.record(), null, ImportReader.RECORD,
                    "'" + raw.record() + "' is not imported: one of " + ALL_RECORDS));
            return;
        }
        String campusId;
        byte[] bytes;
        if (format == ImportFormat.NDJSON) {
            campusId = raw.json().path("campusId").isTextual() ? raw.json().get("campusId").textValue() : null;
            raw.json().put(ImportReader.LINE, raw.number());
            try {
                byte[] json = objectMapper.writeValueAsBytes(raw.json());
                bytes = java.util.Arrays.copyOf(json, json.length + 1);
                bytes[json.length] = '\n';
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            campusId = raw.cells().get("campusId");
            List<String> cells = new ArrayList<>(raw.row());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            int line = header.indexOf(ImportReader.LINE);
            if (line >= 0) {
                cells.set(line, String.valueOf(raw.number()));
            } else {
                cells.add(String.valueOf(raw.number()));
            }
            bytes = csvRow(cells);
        }
        byService.get(service).add(new Line(raw.number(), raw.record(), campusId, bytes));
    }

    /** The body of a service's part: its lines (and the CSV header first), each ending with a line feed. */
    List<byte[]> body(List<Line> lines) {
        List<byte[]> chunks = new ArrayList<>(lines.size() + 1);
        if (format == ImportFormat.CSV) {
            List<String> columns = new ArrayList<>(header);
            if (!columns.contains(ImportReader.LINE)) {
                columns.add(ImportReader.LINE);
            }
            chunks.add(csvRow(columns));
        }
        for (Line line : lines) {
            chunks.add(line.bytes());
        }
        return chunks;
    }

    private byte[] csvRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.isEmpty() || cell.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')
                    && cell.equals(cell.strip())) {
                row.append(cell);
            } else {
                row.append('"').append(cell.replace("\"", "\"\"")).append('"');
            }
        }
        return row.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
