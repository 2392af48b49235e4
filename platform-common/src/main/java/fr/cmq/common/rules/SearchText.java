package fr.cmq.common.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the free-text filter {@code q} compares it, accent- and case-insensitively: decomposed (NFD), combining
 * marks removed, lower case (root locale). "Île-de-France" reads "ile-de-france", "ÉCOLE" reads "ecole". This is
 * exactly what labelling stores in its {@code search_text} column, so the stored texts and the queries meet.
 * Whitespace is not rewritten inside a text (a stored text keeps its spaces); a query is stripped at both ends.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private SearchText() {
    }

    /** The normalised form of a text; null for null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A query as typed: null when absent or blank, otherwise stripped at both ends and normalised. */
    public static String query(String q) {
        return q == null || q.isBlank() ? null : normalise(q.strip());
    }

    /** Whether the text contains the query, both compared normalised; every text contains an absent query. */
    public static boolean matches(String text, String q) {
        String query = query(q);
        if (query == null) {
            return true;
        }
        return text != null && normalise(text).contains(query);
    }

    /**
     * A LIKE pattern "contains the query" to compare with a normalised column, e.g. {@code search_text like :q
     * escape '\'}: the query normalised, its {@code \ % _} escaped with a backslash (PostgreSQL's default escape
     * character), between two {@code %}; null when the query is absent or blank.
     */
    public static String containsPattern(String q) {
        String query = query(q);
        if (query == null) {
            return null;
        }
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
