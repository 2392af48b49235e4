package fr.cmq.common.imports;

import java.util.Collection;
import java.util.UUID;

/**
 * Waits for campuses to reach a service's campus directory: the lines of an import about campuses that the same
 * import has just registered at labelling arrive before their {@code CampusRegistered} events may have. Implemented
 * where the directory is kept ({@link DirectoryArrivals}).
 */
public interface CampusArrivals {

    /** Returns once every campus of {@code campusIds} is known, or at {@code deadlineNanos} ({@link System#nanoTime}). */
    void await(Collection<UUID> campusIds, long deadlineNanos);
}
