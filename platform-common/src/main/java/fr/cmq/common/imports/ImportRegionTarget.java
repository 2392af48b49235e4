package fr.cmq.common.imports;

import fr.cmq.common.security.WriteTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The region an import's path names ({@code /api/v1/imports/regions/{regionCode}/...}): a regional token of another
 * region is refused 403 by {@link fr.cmq.common.security.WriteAuthorization} before the file is read.
 */
@ApplicationScoped
public class ImportRegionTarget implements WriteTarget {

    public static final String PATH_PARAMETER = "regionCode";

    @Override
    public String pathParameter() {
        return PATH_PARAMETER;
    }

    @Override
    public Optional<Set<String>> regions(UUID id) {
        return Optional.empty();
    }

    @Override
    public Optional<Set<String>> regionsOf(String value) {
        return Optional.of(Set.of(value));
    }
}
