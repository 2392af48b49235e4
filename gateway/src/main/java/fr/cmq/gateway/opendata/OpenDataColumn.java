package fr.cmq.gateway.opendata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A column the open-data publication can carry: its Table Schema field (name, French title and description, type,
 * format, constraints, example) and how its cell is read from a row of the national table.
 *
 * @param name        the field's name (an API identifier, in English)
 * @param title       its French title
 * @param description its French description (for a code list: every code and its French label)
 * @param type        the Table Schema type: string, integer, number, boolean, date
 * @param format      the Table Schema format (uuid...) or null
 * @param constraints the Table Schema constraints (required, enum, pattern, minimum, maximum)
 * @param example     an example value as it is written in the CSV
 * @param value       the cell of a row
 */
public record OpenDataColumn(String name, String title, String description, String type, String format,
                             Map<String, Object> constraints, String example, Function<OpenDataRow, Object> value) {

    /** The column's Table Schema field, members in schema.data.gouv.fr's order. */
    public Map<String, Object> field() {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("title", title);
        field.put("description", description);
        field.put("example", example);
        field.put("type", type);
        if (format != null) {
            field.put("format", format);
        }
        if (!constraints.isEmpty()) {
            field.put("constraints", constraints);
        }
        return field;
    }
}
