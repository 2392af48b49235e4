package fr.cmq.events.monitoring;

import fr.cmq.events.Topics;

/** The event types of {@link Topics#MONITORING}. */
public final class MonitoringEventTypes {

    /** The campus's profile was created or replaced; data: {@link ProfileState}. */
    public static final String PROFILE_CHANGED = "ProfileChanged";
    /**
     * The legal form (or GIP kind) changed, including the first one recorded; data: {@link LegalFormTransition}.
     * The ProfileChanged of the same change follows it and carries the whole profile.
     */
    public static final String LEGAL_FORM_CHANGED = "LegalFormChanged";
    /** A partner was added; data: {@link PartnerChange}. */
    public static final String PARTNER_ADDED = "PartnerAdded";
    /** A partner was changed; data: {@link PartnerChange}. */
    public static final String PARTNER_UPDATED = "PartnerUpdated";
    /** A partner left the campus (it is kept, with its left date); data: {@link PartnerChange}. */
    public static final String PARTNER_LEFT = "PartnerLeft";

    private MonitoringEventTypes() {
    }
}
