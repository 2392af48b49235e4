package fr.cmq.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised answers of the national table, kept while the read model has not changed (same entity
 * tag): a repeated query (BI tools polling, the dashboard's page) is answered without recomputing.
 * At most {@value #MAX_ENTRIES} queries are kept, least recently used first out.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 256;

    /** A cached answer: its body and the value of its Link header (null without a next page). */
    public record Answer(byte[] body, String link) {
    }

    private final DashboardChanges changes;
    private String entityTag;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public AnswerCache(DashboardChanges changes) {
        this.changes = changes;
    }

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
        Answer computed = compute.get();
        synchronized (this) {
            if (tag.equals(entityTag)) {
                answers.put(key, computed);
            }
        }
        return computed;
    }
}
