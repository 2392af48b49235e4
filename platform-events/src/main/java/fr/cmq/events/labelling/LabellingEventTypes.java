package fr.cmq.events.labelling;

import fr.cmq.events.Topics;

/**
 * The event types of {@link Topics#LABELLING}. Campus events carry {@link CampusState}; application, opinion and
 * label events carry {@link LabelChange} (the application concerned, when there is one, and the whole label).
 */
public final class LabellingEventTypes {

    /** A campus entered the national register; data: {@link CampusState}. */
    public static final String CAMPUS_REGISTERED = "CampusRegistered";
    /** A campus of the register was changed (renamed, moved, ...); data: {@link CampusState}. */
    public static final String CAMPUS_UPDATED = "CampusUpdated";
    /** An application for the label was submitted under a call; data: {@link LabelChange}. */
    public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
    /** The expert opinion on an application was recorded; data: {@link LabelChange}. */
    public static final String OPINION_ISSUED = "OpinionIssued";
    /** The label was granted for a duration; data: {@link LabelChange}. */
    public static final String LABEL_GRANTED = "LabelGranted";
    /** The label was refused; data: {@link LabelChange}. */
    public static final String LABEL_REFUSED = "LabelRefused";
    /** The current label was withdrawn before its expiry; data: {@link LabelChange} without application. */
    public static final String LABEL_WITHDRAWN = "LabelWithdrawn";

    private LabellingEventTypes() {
    }
}
