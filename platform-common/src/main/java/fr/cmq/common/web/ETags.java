package fr.cmq.common.web;

import fr.cmq.common.problem.ProblemException;

import java.util.List;

/**
 * Version-based entity tags: a resource at version 7 has the ETag {@code "7"}. Writes on an existing
 * resource must send {@code If-Match} with the current tag: missing answers 428, stale answers 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "This write changes an existing resource: send If-Match with its current ETag "
                            + of(currentVersion), List.of(new fr.cmq.common.problem.FieldError("If-Match", "required")));
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it: its current ETag is " + expected
                        + "; read it again and reapply your change",
                List.of(new fr.cmq.common.problem.FieldError("If-Match", "stale")));
    }
}
