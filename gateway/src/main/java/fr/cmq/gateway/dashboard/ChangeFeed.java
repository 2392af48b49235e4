package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The change feed: the table's rows changed after a point, oldest change first, for incremental refresh. */
@ApplicationScoped
public class ChangeFeed {

    /** A page of the change feed. */
    @Schema(name = "Changes", description = "The rows changed after since, oldest change first, in their current state")
    public record Changes(
            List<TableRow> items,
            @Schema(description = "Pass it as since next time; the same value when items is empty") String nextSince) {
    }

    @Inject
    NationalTable table;

    /** At most {@code limit} rows changed after {@code since} (a nextSince of this feed; null from the start). */
    Changes after(String since, int limit, int year) {
        long after = position(since);
        List<NationalTable.Change> changes = table.changedAfter(after, limit, year);
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).changeSeq();
        return new Changes(changes.stream().map(NationalTable.Change::row).toList(),
                Cursors.encode(Long.toString(last)));
    }

    private static long position(String since) {
        String decoded = Cursors.decode(since);
        if (decoded == null) {
            return 0;
        }
        try {
            return Long.parseLong(decoded);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("since", "not a nextSince given by this API");
        }
    }
}
