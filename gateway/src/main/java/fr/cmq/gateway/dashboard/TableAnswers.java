package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON answers of the table and its summary, serialised once per query while the read model does not change
 * (see {@link AnswerCache}).
 */
@ApplicationScoped
public class TableAnswers {

    @Inject
    NationalTable table;
    @Inject
    AnswerCache cache;
    @Inject
    ObjectMapper objectMapper;

    /** A page of the table after the cursor ({@code cursorKey} decoded); {@code requestQuery} identifies the request. */
    AnswerCache.Answer page(TableQuery query, String cursorKey, int limit, String requestQuery) {
        return cache.get("table?" + requestQuery, () -> {
            TableOrder.Slice slice = TableOrder.page(table.rows(query), query.sort(), cursorKey, limit);
            return new AnswerCache.Answer(json(new TablePage(slice.items(), slice.nextCursor())), slice.nextCursor());
        });
    }

    /** The summary of the query's rows. */
    AnswerCache.Answer summary(TableQuery query, String requestQuery) {
        return cache.get("summary?" + requestQuery,
                () -> new AnswerCache.Answer(json(SummaryBuilder.of(table.rows(query), query.year())), null));
    }

    private byte[] json(Object answer) {
        try {
            return objectMapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dashboard answer cannot be serialised", e);
        }
    }
}
