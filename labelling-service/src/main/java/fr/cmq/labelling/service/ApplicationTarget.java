package fr.cmq.labelling.service;

import fr.cmq.common.security.WriteTarget;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.Campus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An application named by a write's path ({@code applicationId}, opinion and decision): its campus's region. */
@ApplicationScoped
public class ApplicationTarget implements WriteTarget {

    @Override
    public String pathParameter() {
        return "applicationId";
    }

    @Override
    public Optional<Set<String>> regions(UUID id) {
        return Application.<Application>findByIdOptional(id)
                .flatMap(application -> Campus.<Campus>findByIdOptional(application.campusId))
                .map(campus -> Set.of(campus.regionCode));
    }
}
