package fr.cmq.common.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of line a service imports ({@code campus}, {@code profile}, {@code partner}, {@code budget}): its keys
 * (the members that name the record: {@code campusId}, {@code partnerId}, {@code year}, {@code kind}), the body the
 * single write takes, and the write itself, which runs the single write's use case (same rules, same events) in a
 * transaction {@link BulkImport} opens.
 *
 * @param <T> the body of the single write (e.g. the campus registration)
 */
public interface RecordType<T> {

    /** The value of the {@code record} member or column, e.g. {@code campus}. */
    String name();

    /** The keys of a line, in order, with their types ({@code UUID.class}, {@code Integer.class}, {@code String.class}). */
    Map<String, Class<?>> keys();

    /** The body of the single write the line's other fields are bound to. */
    Class<T> body();

    /** The id reported for the line (e.g. the campus id, or {@code campusId/year/kind}). */
    default String id(ImportLine line) {
        Object first = line.key(keys().keySet().iterator().next());
        return first == null ? null : first.toString();
    }

    /**
     * Checks that need no database (e.g. a code list, a year's bounds), run before the line joins a batch so that a
     * line refused by them never rolls a batch back. Throws the single write's {@code ProblemException}.
     */
    default void precheck(ImportLine line, T body) {
    }

    /** The campuses the lines of a batch write on, awaited in the campus directory before they are written. */
    default List<UUID> campuses(List<ImportLine> lines) {
        return List.of();
    }

    /**
     * Writes the line: creates or replaces the record it names, as the single write does, and says which. Runs inside
     * the batch's transaction (or the line's own); throws the single write's {@code ProblemException} to refuse it.
     */
    ImportOutcome write(ImportLine line, T body);
}
