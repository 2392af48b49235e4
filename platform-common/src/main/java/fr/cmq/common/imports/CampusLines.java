package fr.cmq.common.imports;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** The lines of an import about a campus of the directory (a profile, a partner, a budget): its key {@code campusId}. */
public final class CampusLines {

    public static final String CAMPUS_ID = "campusId";

    private CampusLines() {
    }

    /** The campuses the lines name, to await in the directory ({@link RecordType#campuses}). */
    public static List<UUID> campuses(List<ImportLine> lines) {
        return lines.stream().map(line -> line.uuid(CAMPUS_ID)).distinct().toList();
    }

    /**
     * The line's campus, known to the directory (404 otherwise) and of the import's region (422 otherwise: a national
     * token imports one region at a time).
     */
    public static UUID requireInRegion(CampusDirectory directory, ImportLine line) {
        KnownCampus campus = directory.require(line.uuid(CAMPUS_ID));
        if (!campus.regionCode().equals(line.regionCode())) {
            throw ProblemException.unprocessable(CAMPUS_ID, "campus " + campus.id() + " is of region "
                    + campus.regionCode() + ", not of region " + line.regionCode() + " (the import's)");
        }
        return campus.id();
    }
}
