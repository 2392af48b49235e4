package fr.cmq.common.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.JsonProblems;
import fr.cmq.common.problem.ProblemException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads an import file line by line, as it arrives (never the whole file at once), with each line's number:
 * <ul>
 * <li>NDJSON: one JSON object per line (blank lines skipped, still counted); a line that is not a JSON object is a
 * fault of that line only;</li>
 * <li>CSV (RFC 4180, UTF-8, an optional byte order mark): a header row naming the columns (line 1), one record per
 * row; a row's number is the line it starts on (a quoted cell may hold line breaks). The separator is {@code ,}, or
 * {@code ;} when the header has no comma (a spreadsheet's French CSV). An empty cell is an absent field.</li>
 * </ul>
 * A line may carry its own number in a {@code line} member (NDJSON) or column (CSV): the gateway sets it when it
 * hands a service the lines of a file, so that the service reports them by their number in that file.
 * File-level faults (invalid UTF-8, no header, no {@code record} column, a column named twice) are 400 problems.
 */
public final class ImportReader implements Iterator<RawLine> {

    /** The member or column naming a line's record type. */
    public static final String RECORD = "record";
    /** The member or column carrying a line's number in the original file (set by the gateway). */
    public static final String LINE = "line";

    private final ImportFormat format;
    private final ObjectMapper objectMapper;
    private final BufferedReader reader;
    private final List<String> header;
    private char separator = ',';
    private int physicalLine;
    private RawLine next;

    private ImportReader(ImportFormat format, InputStream body, ObjectMapper objectMapper) {
        this.format = format;
        this.objectMapper = objectMapper;
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.header = format == ImportFormat.CSV ? readHeader() : List.of();
    }

    /** A reader of {@code body} in the format of {@code contentType} (415 for another type). */
    public static ImportReader open(InputStream body, String contentType, ObjectMapper objectMapper) {
        return new ImportReader(ImportFormat.of(contentType), body == null ? InputStream.nullInputStream() : body,
                objectMapper);
    }

    public ImportFormat format() {
        return format;
    }

    /** The CSV header's column names (empty for NDJSON). */
    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = format == ImportFormat.CSV ? readCsvLine() : readJsonLine();
        }
        return next != null;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine line = next;
        next = null;
        return line;
    }

    // --- NDJSON ---------------------------------------------------------------------------------

    private RawLine readJsonLine() {
        String text;
        do {
            text = readPhysicalLine();
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        int number = physicalLine;
        JsonNode node;
        try {
            node = objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            FieldError error = JsonProblems.fieldError(e);
            return new RawLine(number, null, null, null, null, new LineError(error.field(), error.message()));
        }
        if (!(node instanceof ObjectNode object)) {
            return new RawLine(number, null, null, null, null, new LineError("line", "must be a JSON object"));
        }
        JsonNode line = object.remove(LINE);
        if (line != null && line.canConvertToInt() && line.isIntegralNumber() && line.intValue() > 0) {
            number = line.intValue();
        }
        JsonNode record = object.get(RECORD);
        return new RawLine(number, record != null && record.isTextual() ? record.textValue() : null, object,
                null, null, null);
    }

    // --- CSV ------------------------------------------------------------------------------------

    private List<String> readHeader() {
        String first = readPhysicalLine();
        if (first == null) {
            throw ProblemException.invalid("header", "missing: a CSV import starts with a header row naming its columns");
        }
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (first.indexOf(',') < 0 && first.indexOf(';') >= 0) {
            separator = ';';
        }
        List<String> columns = new ArrayList<>();
        for (String column : parseRow(first).cells) {
            columns.add(column.strip());
        }
        if (!columns.contains(RECORD)) {
            throw ProblemException.invalid("header", "no column '" + RECORD + "': the header row names the columns, "
                    + "among them 'record' (campus, profile, partner or budget)");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isEmpty()) {
                throw ProblemException.invalid("header", "a column has no name");
            }
            if (!seen.add(column)) {
                throw ProblemException.invalid("header", "column '" + column + "' is named twice");
            }
        }
        return Collections.unmodifiableList(columns);
    }

    private RawLine readCsvLine() {
        String text;
        do {
            text = readPhysicalLine();
            if (text == null) {
                return null;
            }
        } while (text.isEmpty());
        int number = physicalLine;
        Row row = parseRow(text);
        if (row.unterminated) {
            return new RawLine(number, null, null, null, null, new LineError("line", "a quoted cell is not closed"));
        }
        List<String> cells = row.cells;
        if (cells.size() > header.size()) {
            return new RawLine(number, null, null, null, cells, new LineError("line",
                    "has " + cells.size() + " cells, the header names " + header.size() + " columns"));
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                byColumn.put(header.get(i), cells.get(i));
            }
        }
        String line = byColumn.remove(LINE);
        if (line != null && line.matches("[1-9][0-9]{0,8}")) {
            number = Integer.parseInt(line);
        }
        return new RawLine(number, byColumn.get(RECORD), null, byColumn, cells, null);
    }

    private record Row(List<String> cells, boolean unterminated) {
    }

    /** The cells of a row starting with {@code text}, reading further lines while a quoted cell stays open. */
    private Row parseRow(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        String current = text;
        int i = 0;
        while (true) {
            if (i == current.length()) {
                if (quoted) {
                    String more = readPhysicalLine();
                    if (more == null) {
                        cells.add(cell.toString());
                        return new Row(cells, true);
                    }
                    cell.append('\n');
                    current = more;
                    i = 0;
                    continue;
                }
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                return new Row(cells, false);
            }
            char c = current.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < current.length() && current.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
    }

    private String readPhysicalLine() {
        try {
            String text = reader.readLine();
            if (text != null) {
                physicalLine++;
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "invalid UTF-8 (line " + (physicalLine + 1) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
