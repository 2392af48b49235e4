package fr.cmq.common.campus;

import fr.cmq.common.reference.SourceKind;

import java.util.UUID;

/**
 * A campus of the register as this service knows it: enough to check existence and region scoping, and the kind of
 * source of its register entry (issue 13), so that demonstration facts go on demonstration campuses only.
 */
public record KnownCampus(UUID id, String designation, String regionCode, SourceKind sourceKind) {

    /** A campus whose register entry was declared (or learnt from an event published before sources). */
    public KnownCampus(UUID id, String designation, String regionCode) {
        this(id, designation, regionCode, SourceKind.DECLARED);
    }

    public KnownCampus {
        if (sourceKind == null) {
            sourceKind = SourceKind.DECLARED;
        }
    }
}
