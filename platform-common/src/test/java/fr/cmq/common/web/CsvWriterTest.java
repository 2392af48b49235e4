package fr.cmq.common.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    record Campus(UUID id, String designation, List<String> academies, BigDecimal share) {
    }

    @Test
    void streamsAHeaderAndRowsAsUtf8WithCrlf() throws Exception {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        List<Campus> campuses = List.of(new Campus(id, "Campus Aéronautique, \"Toulouse\"", List.of("TOULOUSE", "MONTPELLIER"),
                new BigDecimal("1E+2")), new Campus(id, "Ligne\nsuivante", List.of(), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.stream(List.of("id", "designation", "academyCodes", "share"), campuses,
                c -> Arrays.asList(c.id(), c.designation(), c.academies(), c.share())).write(out);
        assertEquals("id,designation,academyCodes,share\r\n"
                        + id + ",\"Campus Aéronautique, \"\"Toulouse\"\"\",TOULOUSE|MONTPELLIER,100\r\n"
                        + id + ",\"Ligne\nsuivante\",,\r\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals(2, "é".getBytes(StandardCharsets.UTF_8).length);
        assertEquals(out.toString(StandardCharsets.UTF_8).length() + 1, out.size(), "é is written as two UTF-8 bytes");
    }

    @Test
    void aSpreadsheetFileStartsWithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.streamWithByteOrderMark(List.of("Désignation"), List.of("x"), x -> List.of(x)).write(out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFFDésignation\r\nx\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("'=1+1", CsvWriter.cell("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+33 1 23", CsvWriter.cell("+33 1 23"));
        assertEquals("'-1+1", CsvWriter.cell("-1+1"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tcmd", CsvWriter.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvWriter.cell("\rcmd"));
        assertEquals("\"'=1,2\"", CsvWriter.cell("=1,2"), "guarded, then quoted for the comma");
    }

    @Test
    void numbersAreNotTakenForFormulas() {
        assertEquals("-12.5", CsvWriter.cell(new BigDecimal("-12.5")));
        assertEquals("-3", CsvWriter.cell(-3));
        assertEquals("-12.5", CsvWriter.cell("-12.5"));
        assertEquals("a=b", CsvWriter.cell("a=b"));
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("plain text", CsvWriter.cell("plain text"));
        assertEquals("\"a;b\"", CsvWriter.cell("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("\"a\r\nb\"", CsvWriter.cell("a\r\nb"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("true", CsvWriter.cell(true));
    }

    @Test
    void aWriterCanBeUsedRowByRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.utf8(out);
        csv.row("a", "b").row(1, null);
        csv.flush();
        assertEquals("a,b\r\n1,\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
