package fr.cmq.common.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the entity-tag lists of {@code If-Match} and {@code If-None-Match} (RFC 9110 section 8.8.3 and 13.1):
 * {@code "*"} or a comma-separated list of {@code "opaque"} / {@code W/"opaque"} tags, commas inside quotes
 * included. Compares them strongly (If-Match) or weakly (If-None-Match).
 */
final class EntityTags {

    /** One entity tag: weak or strong, and its opaque part without the quotes. */
    record Tag(boolean weak, String opaque) {
    }

    /** A parsed header: {@code *}, a list of tags, or malformed. */
    record Condition(boolean any, List<Tag> tags, boolean malformed) {

        static final Condition MALFORMED = new Condition(false, List.of(), true);
    }

    private EntityTags() {
    }

    /** One tag as a server writes it ({@code "7"} or {@code W/"7"}); null when it is not one tag. */
    static Tag parseOne(String value) {
        if (value == null) {
            return null;
        }
        Condition condition = parse(value);
        return condition.malformed() || condition.any() || condition.tags().size() != 1 ? null : condition.tags().get(0);
    }

    /** Parses a header value; a null or blank value is an empty, well-formed list. */
    static Condition parse(String header) {
        if (header == null || header.isBlank()) {
            return new Condition(false, List.of(), false);
        }
        String value = header.strip();
        if (value.equals("*")) {
            return new Condition(true, List.of(), false);
        }
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = false;
            if (c == 'W' && i + 1 < n && value.charAt(i + 1) == '/') {
                weak = true;
                i += 2;
            }
            if (i >= n || value.charAt(i) != '"') {
                return Condition.MALFORMED;
            }
            int end = i + 1;
            while (end < n && value.charAt(end) != '"') {
                if (!isEtagChar(value.charAt(end))) {
                    return Condition.MALFORMED;
                }
                end++;
            }
            if (end >= n) {
                return Condition.MALFORMED;
            }
            tags.add(new Tag(weak, value.substring(i + 1, end)));
            i = end + 1;
            // After a tag: optional whitespace, then a comma or the end.
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && value.charAt(i) != ',') {
                return Condition.MALFORMED;
            }
        }
        return tags.isEmpty() ? Condition.MALFORMED : new Condition(false, List.copyOf(tags), false);
    }

    /** Strong comparison: both tags strong and their opaque parts equal. */
    static boolean strongMatch(Tag a, Tag b) {
        return !a.weak() && !b.weak() && a.opaque().equals(b.opaque());
    }

    /** Weak comparison: the opaque parts are equal, weak or not. */
    static boolean weakMatch(Tag a, Tag b) {
        return a.opaque().equals(b.opaque());
    }

    /** etagc = %x21 / %x23-7E / obs-text (%x80-FF); no space, no double quote, no control character. */
    private static boolean isEtagChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }
}
