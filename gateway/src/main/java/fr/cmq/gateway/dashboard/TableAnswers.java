package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * The JSON answers of the table and its summary, serialised once per query and entity tag (see {@link AnswerCache}):
 * a page is one query of the projection, the summary one aggregate statement over it.
 */
@ApplicationScoped
public class TableAnswers {

    @Inject
    NationalTable table;
    @Inject
    AnswerCache cache;
    @Inject
    ObjectMapper objectMapper;

    /**
     * A page of the table after the cursor ({@code cursorKey} decoded), as of an instant (today's when {@code asOf} is
     * null); {@code requestQuery} identifies the request.
     */
    AnswerCache.Answer page(String entityTag, TableQuery query, String cursorKey, int limit, AsOf asOf,
                            String requestQuery) {
        return cache.get(entityTag, "table?" + requestQuery, () -> {
            NationalTable.Slice slice = table.page(query, cursorKey, limit, asOf);
            return new AnswerCache.Answer(json(new TablePage(slice.items(), slice.nextCursor())), slice.nextCursor());
        });
    }

    /** The summary of the query's rows as of an instant (today's when {@code asOf} is null). */
    AnswerCache.Answer summary(String entityTag, TableQuery query, AsOf asOf, String requestQuery) {
        return cache.get(entityTag, "summary?" + requestQuery,
                () -> new AnswerCache.Answer(json(table.summary(query, asOf)), null));
    }

    /** The summary of the query's rows (aggregated by the database). */
    public NationalSummary summary(TableQuery query) {
        return table.summary(query);
    }

    private byte[] json(Object answer) {
        try {
            return objectMapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dashboard answer cannot be serialised", e);
        }
    }
}
