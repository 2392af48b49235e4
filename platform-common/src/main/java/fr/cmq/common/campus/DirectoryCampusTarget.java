package fr.cmq.common.campus;

import fr.cmq.common.security.WriteTarget;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A campus named by a write's path ({@code campusId}), in a service that keeps the {@link CampusDirectory}: its region. */
@ApplicationScoped
@IfBuildProperty(name = "cmq.campus-directory.enabled", stringValue = "true")
public class DirectoryCampusTarget implements WriteTarget {

    @Inject
    CampusDirectory directory;

    @Override
    public String pathParameter() {
        return "campusId";
    }

    @Override
    public Optional<Set<String>> regions(UUID id) {
        return directory.find(id).map(campus -> Set.of(campus.regionCode()));
    }
}
