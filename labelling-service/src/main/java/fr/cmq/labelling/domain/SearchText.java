package fr.cmq.labelling.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the {@code q} filter compares it: lower case, accents removed. */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
