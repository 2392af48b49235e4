package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised answers of the national table, kept while the read model has not changed (same entity
 * tag): a repeated query (BI tools polling, the dashboard's page) is answered without recomputing.
 * At most {@value #MAX_ENTRIES} queries are kept, least recently used first out. Answers are computed
 * one at a time: concurrent identical queries wait for the first instead of each building the table,
 * which also bounds the memory the table's computation takes under load.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 256;

    /** A cached answer: its body and the cursor of its next page (null without one). */
    public record Answer(byte[] body, String nextCursor) {
    }

    @Inject
    DashboardChanges changes;
    private final Object computing = new Object();
    private String entityTag;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The answer to {@code key} under the current entity tag, computed by {@code compute} when missing. */
    public Answer get(String key, Supplier<Answer> compute) {
        String tag = changes.entityTag();
        synchronized (this) {
            if (!tag.equals(entityTag)) {
                answers.clear();
                entityTag = tag;
            }
            Answer cached = answers.get(key);
            if (cached != null) {
                return cached;
            }
        }
        synchronized (computing) {
            synchronized (this) {
                Answer cached = tag.equals(entityTag) ? answers.get(key) : null;
                if (cached != null) {
                    return cached; // computed by the request this one waited for
                }
            }
            Answer computed = compute.get();
            synchronized (this) {
                if (tag.equals(entityTag)) {
                    answers.put(key, computed);
                }
            }
            return computed;
        }
    }
}
