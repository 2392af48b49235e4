package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.security.WriteTarget;
import fr.cmq.funding.domain.FundingEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A funding envelope named by a write's path ({@code envelopeId}, allocations): the regions of the campuses it covers.
 * A regional writer may allocate from an envelope that covers a campus of its region; the allocation's own campus is
 * checked by {@link EnvelopeService} once the body is read.
 */
@ApplicationScoped
public class EnvelopeTarget implements WriteTarget {

    @Inject
    CampusDirectory directory;

    @Override
    public String pathParameter() {
        return "envelopeId";
    }

    @Override
    public Optional<Set<String>> regions(UUID id) {
        return FundingEnvelope.<FundingEnvelope>findByIdOptional(id).map(envelope -> envelope.campusIds.stream()
                .map(directory::find).flatMap(Optional::stream).map(KnownCampus::regionCode)
                .collect(Collectors.toSet()));
    }
}
