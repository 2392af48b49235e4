package fr.cmq.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised answers of the national table, kept while the read model has not changed (same entity tag, read from
 * the database by the caller): a repeated query (BI tools polling the full table, the dashboard's page) is answered
 * without asking the database again for its rows. At most {@value #MAX_ENTRIES} queries are kept, least recently
 * used first out. Answers are computed concurrently, without lock (two identical misses both compute: each is one
 * query); only the map is guarded.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 256;

    /** A cached answer: its body and the cursor of its next page (null without one). */
    public record Answer(byte[] body, String nextCursor) {
    }

    private String entityTag;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The answer to {@code key} under the entity tag {@code tag}, computed by {@code compute} when missing. */
    public Answer get(String tag, String key, Supplier<Answer> compute) {
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
