package fr.cmq.common.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The outcome of one line of an import: its number in the file (1 = the first line; a CSV file's header is line 1),
 * its record type, the id of the record it names (null when the line names none that could be read), and the faults
 * of a rejected line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, String record, String id, ImportOutcome outcome, List<LineError> errors) {

    public LineResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static LineResult rejected(int line, String record, String id, List<LineError> errors) {
        return new LineResult(line, record, id, ImportOutcome.REJECTED, errors);
    }

    public static LineResult rejected(int line, String record, String id, String field, String detail) {
        return rejected(line, record, id, List.of(new LineError(field, detail)));
    }
}
