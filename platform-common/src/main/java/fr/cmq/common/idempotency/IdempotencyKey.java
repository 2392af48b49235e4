package fr.cmq.common.idempotency;

import fr.cmq.common.problem.ProblemException;

import java.util.List;

/**
 * The value of an {@code Idempotency-Key} request header (IETF httpapi draft "The Idempotency-Key HTTP Header
 * Field"): a Structured Field string ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}, RFC 8941) or, as many
 * clients send it, the same text without quotes. 1 to {@value #MAX_LENGTH} printable ASCII characters; anything
 * else is a 400 naming the header.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    /** The answer header that marks a replayed answer ({@code true}); absent on the first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;

    /** The key of the request's header lines (all of its {@code Idempotency-Key} values); 400 when not exactly one valid. */
    public static IdempotencyKey of(List<String> headerValues) {
        if (headerValues.size() != 1) {
            throw invalid("sent more than once");
        }
        return parse(headerValues.get(0));
    }

    /** The key of one header value; 400 when it is empty, too long or not printable ASCII. */
    public static IdempotencyKey parse(String headerValue) {
        String text = headerValue == null ? "" : headerValue.strip();
        String value = text.startsWith("\"") ? unquote(text) : bare(text);
        if (value.isEmpty()) {
            throw invalid("must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid("at most " + MAX_LENGTH + " characters");
        }
        return new IdempotencyKey(value);
    }

    /** An RFC 8941 sf-string: printable ASCII between quotes, {@code \"} and {@code \\} the only escapes. */
    private static String unquote(String text) {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (next != '"' && next != '\\') {
                    throw invalid("a quoted key may escape only \" and \\");
                }
                value.append(next);
                i++;
            } else if (c == '"') {
                if (i != text.length() - 1) {
                    throw invalid("nothing may follow the closing quote");
                }
                return value.toString();
            } else if (c < 0x20 || c > 0x7E) {
                throw invalid("printable ASCII characters only");
            } else {
                value.append(c);
            }
            if (value.length() > MAX_LENGTH) {
                throw invalid("at most " + MAX_LENGTH + " characters");
            }
        }
        throw invalid("the closing quote is missing");
    }

    /** A key without quotes: visible ASCII, no quote, backslash or space. */
    private static String bare(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c > 0x7E || c == '"' || c == '\\') {
                throw invalid("printable ASCII characters only, without space, quote or backslash unless quoted "
                        + "(\"...\")");
            }
        }
        return text;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(HEADER, message);
    }

    @Override
    public String toString() {
        return value;
    }
}
