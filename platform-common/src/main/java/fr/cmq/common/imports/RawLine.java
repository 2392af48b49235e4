package fr.cmq.common.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * One line of an import file as read, before it is bound to its record: its number, its record type (null when
 * absent), and either its JSON object (NDJSON), its non-empty cells by column (CSV, with {@link #row} the cells in
 * header order), or the fault that made it unreadable.
 */
public record RawLine(int number, String record, ObjectNode json, Map<String, String> cells, List<String> row,
                      LineError fault) {

    public boolean unreadable() {
        return fault != null;
    }
}
