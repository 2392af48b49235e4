package fr.cmq.common.campus;

import java.util.UUID;

/** A campus of the register as this service knows it: enough to check existence and region scoping. */
public record KnownCampus(UUID id, String designation, String regionCode) {
}
