package fr.cmq.monitoring.events;

/**
 * Event types published on {@code cmq.monitoring.events} (key = campus id). Each carries in {@code data}
 * what a consumer such as the dashboard needs, so that no consumer calls back.
 */
public final class MonitoringEvents {

    /** The profile was created or replaced; data: {@link ProfileChangedData}. */
    public static final String PROFILE_CHANGED = "ProfileChanged";
    /** The legal form (or GIP kind) changed, including the first one recorded; data: {@link LegalFormChangedData}. */
    public static final String LEGAL_FORM_CHANGED = "LegalFormChanged";
    /** A partner was added; data: {@link PartnerEventData} (the partner and the campus's new typology). */
    public static final String PARTNER_ADDED = "PartnerAdded";
    /** A partner was changed; data: {@link PartnerEventData}. */
    public static final String PARTNER_UPDATED = "PartnerUpdated";
    /** A partner left the campus (it is kept, with its left date); data: {@link PartnerEventData}. */
    public static final String PARTNER_LEFT = "PartnerLeft";

    private MonitoringEvents() {
    }
}
