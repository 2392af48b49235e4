package fr.cmq.common.json;

/**
 * What text a request may carry, in any string of a body: no control character other than tab, line feed and
 * carriage return (a NUL cannot be stored by PostgreSQL, and the others are never meant in free text), and no
 * lone surrogate (a {@code \ud800} escape without its pair is not a character and has no UTF-8 form).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Null when {@code text} is acceptable, else what is wrong with it (no part of the text itself). */
    public static String fault(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                return String.format("control character U+%04X at position %d is not allowed", (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("lone surrogate U+%04X at position %d is not a character", (int) c, i);
            }
        }
        return null;
    }
}
