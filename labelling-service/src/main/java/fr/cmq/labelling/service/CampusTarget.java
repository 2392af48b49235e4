package fr.cmq.labelling.service;

import fr.cmq.common.security.WriteTarget;
import fr.cmq.labelling.domain.Campus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A campus of the register named by a write's path ({@code campusId}): its region decides who may write it. */
@ApplicationScoped
public class CampusTarget implements WriteTarget {

    @Override
    public String pathParameter() {
        return "campusId";
    }

    @Override
    public Optional<Set<String>> regions(UUID id) {
        return Campus.<Campus>findByIdOptional(id).map(campus -> Set.of(campus.regionCode));
    }
}
