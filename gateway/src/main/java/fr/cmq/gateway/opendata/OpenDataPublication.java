package fr.cmq.gateway.opendata;

import fr.cmq.gateway.dashboard.NationalTable;
import fr.cmq.gateway.dashboard.ReadModelQueries;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The published columns and rows: the national table of a year, every campus, in the table's default order. */
@ApplicationScoped
public class OpenDataPublication {

    @Inject
    NationalTable table;
    @Inject
    ReadModelQueries readModel;

    private final List<OpenDataColumn> columns;
    private final boolean defaultColumns;

    public OpenDataPublication(OpenDataConfig config) {
        this.columns = OpenDataColumns.select(config.columns());
        this.defaultColumns = config.columns().equals(OpenDataConfig.DEFAULT_COLUMNS);
    }

    /** The published columns, in order. */
    public List<OpenDataColumn> columns() {
        return columns;
    }

    /** The Table Schema of the published columns. */
    public Map<String, Object> schema() {
        return OpenDataSchema.of(columns, defaultColumns);
    }

    /**
     * Gives every published row of the year (the national table with every filter off), as the database reads them:
     * without the demonstration data (campuses whose source kind is EXAMPLE or SYNTHETIC) unless {@code demoData}.
     */
    void forEach(int year, boolean demoData, RowSink sink) throws IOException {
        RegisterNames names = readModel.registerNames();
        table.forEach(new TableQuery(year, null, null, null, null, null, null, null, null, null,
                List.of("designation")).withDemoData(demoData), row -> sink.accept(new OpenDataRow(row, names)));
    }

    /** Receives the published rows one by one. */
    interface RowSink {
        void accept(OpenDataRow row) throws IOException;
    }

    /** A row's cells in column order (lists joined by |, as in every CSV of the platform). */
    List<Object> cells(OpenDataRow row) {
        return columns.stream().map(c -> c.value().apply(row)).toList();
    }

    /** A row as a JSON object: the same names and values as the CSV, lists joined by | as the schema says. */
    Map<String, Object> object(OpenDataRow row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (OpenDataColumn column : columns) {
            Object value = column.value().apply(row);
            object.put(column.name(), value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : value);
        }
        return object;
    }
}
