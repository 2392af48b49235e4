package fr.cmq.labelling.events;

/**
 * Event types published on {@code cmq.labelling.events}; each carries the new state in {@code data}:
 * campus events the campus ({@code CampusView}); application, opinion and label events
 * {@link LabelEventData}: the application concerned (when there is one) and the campus's whole label.
 */
public final class LabellingEvents {

    public static final String CAMPUS_REGISTERED = "CampusRegistered";
    public static final String CAMPUS_UPDATED = "CampusUpdated";
    public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
    public static final String OPINION_ISSUED = "OpinionIssued";
    public static final String LABEL_GRANTED = "LabelGranted";
    public static final String LABEL_REFUSED = "LabelRefused";
    public static final String LABEL_WITHDRAWN = "LabelWithdrawn";

    private LabellingEvents() {
    }
}
