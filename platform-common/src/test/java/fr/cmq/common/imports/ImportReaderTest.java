package fr.cmq.common.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading import files line by line, and the flat CSV layout of a body. */
class ImportReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Item(String use, Long amountCents) {
    }

    record Post(Boolean exists, BigDecimal fte) {
    }

    record Body(String name, List<String> codes, Post post, List<Item> items, Integer count) {
    }

    private static List<RawLine> read(String type, String text) {
        ImportReader reader = ImportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), type,
                JSON);
        List<RawLine> lines = new ArrayList<>();
        reader.forEachRemaining(lines::add);
        return lines;
    }

    @Test
    void ndjsonLinesKeepTheirNumbersAndAGatewaySetNumberWins() {
        List<RawLine> lines = read("application/x-ndjson; charset=utf-8",
                "{\"record\":\"campus\",\"a\":1}\n\n[1]\n{\"record\":\"budget\",\"line\":42}\nnot json\n");
        assertEquals(List.of(1, 3, 42, 5), lines.stream().map(RawLine::number).toList());
        assertEquals("campus", lines.get(0).record());
        assertEquals("line", lines.get(1).fault().field());
        assertEquals("budget", lines.get(2).record());
        assertTrue(!lines.get(2).json().has("line"));
        assertTrue(lines.get(3).unreadable());
    }

    @Test
    void csvRowsStartOnTheirLineAndQuotedCellsMaySpanLines() {
        List<RawLine> lines = read("text/csv", "\uFEFFrecord,name,codes\r\ncampus,\"a, \"\"b\"\"\nc\",X|Y\r\n"
                + "campus,,\r\n\r\nbudget,z\r\n");
        assertEquals(List.of(2, 4, 6), lines.stream().map(RawLine::number).toList());
        assertEquals("a, \"b\"\nc", lines.get(0).cells().get("name"));
        assertEquals(Map.of("record", "campus"), lines.get(1).cells());
        List<RawLine> semicolons = read("text/csv", "record;name\ncampus;a,b\n");
        assertEquals("a,b", semicolons.get(0).cells().get("name"));
    }

    @Test
    void aCsvFileNeedsItsRecordColumnAndOtherTypesAre415() {
        ProblemException missing = assertThrows(ProblemException.class, () -> read("text/csv", "name\nx\n"));
        assertEquals("header", missing.errors().get(0).field());
        ProblemException twice = assertThrows(ProblemException.class, () -> read("text/csv", "record,a,a\n"));
        assertEquals("header", twice.errors().get(0).field());
        assertEquals(415, assertThrows(ProblemException.class, () -> read("application/json", "{}")).status());
    }

    @Test
    void csvCellsTakeTheTypesOfTheBodyFields() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        cells.put("record", "x");
        cells.put("id", id.toString());
        cells.put("year", "2026");
        cells.put("name", "0310044A");
        cells.put("codes", "A| B");
        cells.put("post.exists", "TRUE");
        cells.put("post.fte", "0.50");
        cells.put("items[1].use", "ACTIONS");
        cells.put("items[1].amountCents", "700");
        cells.put("items[0].amountCents", "1.5");
        cells.put("count", "many");
        var json = CsvFields.toJson(cells, Body.class, Map.of("id", UUID.class, "year", Integer.class));
        assertEquals(id.toString(), json.get("id").textValue());
        assertEquals(2026, json.get("year").intValue());
        assertEquals("0310044A", json.get("name").textValue());
        assertEquals(List.of("A", "B"), List.of(json.get("codes").get(0).textValue(), json.get("codes").get(1).textValue()));
        assertTrue(json.get("post").get("exists").booleanValue());
        assertEquals(new BigDecimal("0.50"), json.get("post").get("fte").decimalValue());
        assertEquals(700, json.get("items").get(1).get("amountCents").longValue());
        assertTrue(json.get("items").get(0).get("amountCents").isBigDecimal(), "a fraction stays a fraction: refused");
        assertNull(json.get("items").get(0).get("use"));
        assertTrue(json.get("count").isTextual(), "not a number: left as text for the binding to refuse");
    }

    @Test
    void theReportCountsAndNamesEachLineOfAnAllRejectedImport() {
        ImportReport report = ImportReport.of("76", List.of(
                LineResult.rejected(3, "campus", null, "designation", "must not be blank"),
                LineResult.rejected(2, "partner", null, "siret", "invalid")));
        assertEquals(List.of(2, 3), report.results().stream().map(LineResult::line).toList());
        assertTrue(report.allRejected());
        assertEquals(List.of("line 2: siret", "line 3: designation"),
                report.problem().errors().stream().map(e -> e.field()).toList());
    }
}
