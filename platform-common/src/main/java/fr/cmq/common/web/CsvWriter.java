package fr.cmq.common.web;

import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The platform's CSV: RFC 4180, UTF-8, a header row, CRLF line ends. A cell is quoted when it holds a comma, a
 * semicolon, a double quote or a line break (quotes doubled). A text cell a spreadsheet would run as a formula
 * (first character {@code = + - @}, TAB or CR) is prefixed with a single quote; numbers, and text that is a plain
 * decimal number such as {@code -12.5}, are written as they are. A null cell is empty; a collection cell is its
 * elements joined by {@code |}; a decimal is written in plain notation.
 */
public final class CsvWriter implements Flushable {

    public static final String MEDIA_TYPE = "text/csv";
    /** The Content-Type of the answers: {@code text/csv;charset=UTF-8}. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer writer;

    private CsvWriter(Writer writer) {
        this.writer = writer;
    }

    /** A writer of UTF-8 CSV on {@code output}; call {@link #flush()} at the end (the stream is not closed). */
    public static CsvWriter utf8(OutputStream output) {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
    }

    /**
     * As {@link #utf8(OutputStream)}, starting with a byte order mark so that spreadsheet software reads the accents
     * (for files meant to be opened by a person; API exports for tools have none).
     */
    public static CsvWriter utf8WithByteOrderMark(OutputStream output) throws IOException {
        CsvWriter csv = utf8(output);
        csv.writer.write('\uFEFF');
        return csv;
    }

    /** Writes one row (header or data) and its CRLF. */
    public CsvWriter row(List<?> cells) throws IOException {
        writer.write(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")));
        writer.write("\r\n");
        return this;
    }

    /** Writes one row (header or data) and its CRLF. */
    public CsvWriter row(Object... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    /**
     * An answer body for JAX-RS: the header row, then one row per item, streamed as UTF-8 CSV. Use with
     * {@code Response.ok(CsvWriter.stream(...), CsvWriter.CONTENT_TYPE)}.
     */
    public static <T> StreamingOutput stream(List<String> header, Iterable<T> rows, Function<? super T, List<?>> cells) {
        return output -> write(utf8(output), header, rows, cells);
    }

    /** As {@link #stream}, with a byte order mark first (a file for a spreadsheet). */
    public static <T> StreamingOutput streamWithByteOrderMark(List<String> header, Iterable<T> rows,
                                                              Function<? super T, List<?>> cells) {
        return output -> write(utf8WithByteOrderMark(output), header, rows, cells);
    }

    private static <T> void write(CsvWriter csv, List<String> header, Iterable<T> rows,
                                  Function<? super T, List<?>> cells) throws IOException {
        csv.row(header);
        for (T row : rows) {
            csv.row(cells.apply(row));
        }
        csv.flush();
    }

    /** One cell as written: formula guard, then RFC 4180 quoting when needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof Collection<?> collection) {
            text = collection.stream().map(e -> e == null ? "" : String.valueOf(e)).collect(Collectors.joining("|"));
        } else {
            text = String.valueOf(value);
        }
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
