package fr.cmq.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a write's path names (a campus, an application, a funding envelope) and the regions whose regional writers may
 * write it. Each service declares one bean per path parameter it writes under; {@link WriteAuthorization} asks them
 * before the body is read.
 */
public interface WriteTarget {

    /** The path parameter that names the target, e.g. {@code campusId}. */
    String pathParameter();

    /** The regions whose regional tokens may write the target; empty when there is no such target (404). */
    Optional<Set<String>> regions(UUID id);

    /** The regions of the target the path names by {@code value}; by default the target named by a UUID. */
    default Optional<Set<String>> regionsOf(String value) {
        try {
            return regions(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
