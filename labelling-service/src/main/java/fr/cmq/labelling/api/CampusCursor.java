package fr.cmq.labelling.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.Cursors;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.service.CampusQuery;

import java.util.UUID;

/** The register's opaque cursor: the designation and id of the last campus of a page. */
final class CampusCursor {

    private static final String SEPARATOR = "\u0000";

    private CampusCursor() {
    }

    static String after(Campus last) {
        return Cursors.encode(last.designation + SEPARATOR + last.id);
    }

    /** The position a cursor names, or null for the first page; 400 for anything this API did not give. */
    static CampusQuery.After decode(String cursor) {
        String key = Cursors.decode(cursor);
        if (key == null) {
            return null;
        }
        String[] parts = key.split(SEPARATOR, 2);
        if (parts.length != 2) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
        try {
            return new CampusQuery.After(parts[0], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }
}
