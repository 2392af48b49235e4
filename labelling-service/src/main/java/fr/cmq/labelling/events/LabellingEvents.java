package fr.cmq.labelling.events;

/** Event types published on {@code cmq.labelling.events}; each carries the new state in {@code data}. */
public final class LabellingEvents {

    /** A campus entered the register; data: the campus ({@code CampusView}). */
    public static final String CAMPUS_REGISTERED = "CampusRegistered";
    /** A campus's designation, family, region or academies changed; data: the campus. */
    public static final String CAMPUS_UPDATED = "CampusUpdated";

    private LabellingEvents() {
    }
}
