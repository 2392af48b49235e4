package fr.cmq.labelling.api;

import fr.cmq.labelling.domain.Campus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A campus as the API and the {@code CampusRegistered}/{@code CampusUpdated} events show it. */
public record CampusView(UUID id, String designation, String familyCode, String regionCode,
                         List<String> academyCodes, long version, Instant createdAt, Instant updatedAt) {

    public static CampusView of(Campus campus) {
        return new CampusView(campus.id, campus.designation, campus.familyCode, campus.regionCode,
                List.copyOf(campus.academyCodes), campus.version, campus.createdAt, campus.updatedAt);
    }
}
