package fr.cmq.common.imports;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The answer of an import: how many lines were read, created, updated, unchanged and rejected, and each line's
 * outcome in the order of the file.
 */
@Schema(description = "What an import did, line by line (lines in file order; line 1 is a CSV file's header)")
public record ImportReport(String regionCode, int lines, int created, int updated, int unchanged, int rejected,
                           List<LineResult> results) {

    /** The report of {@code results} (in any order: they are sorted by line). */
    public static ImportReport of(String regionCode, Collection<LineResult> results) {
        List<LineResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(LineResult::line));
        int[] counts = new int[ImportOutcome.values().length];
        sorted.forEach(r -> counts[r.outcome().ordinal()]++);
        return new ImportReport(regionCode, sorted.size(), counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()], counts[ImportOutcome.UNCHANGED.ordinal()],
                counts[ImportOutcome.REJECTED.ordinal()], sorted);
    }

    /** Several reports of parts of one file (e.g. one per service) as one, lines keeping their numbers. */
    public static ImportReport merge(String regionCode, Collection<ImportReport> parts, Collection<LineResult> more) {
        List<LineResult> all = new ArrayList<>(more);
        parts.forEach(p -> all.addAll(p.results()));
        return of(regionCode, all);
    }

    /** Every line was rejected (and there was at least one): nothing was stored. */
    public boolean allRejected() {
        return lines > 0 && rejected == lines;
    }

    /**
     * The 400 problem of an import whose every line was rejected: one error per fault, its field named
     * {@code line N: field} (e.g. {@code line 3: designation}).
     */
    public ProblemException problem() {
        List<FieldError> errors = new ArrayList<>();
        for (LineResult result : results) {
            for (LineError error : result.errors()) {
                errors.add(new FieldError("line " + result.line() + ": " + error.field(), error.detail()));
            }
        }
        return new ProblemException(400, "validation", "Invalid import",
                "Every line of the import was rejected (" + lines + "); nothing was stored", errors);
    }
}
