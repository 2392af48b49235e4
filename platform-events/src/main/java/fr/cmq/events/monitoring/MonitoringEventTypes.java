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
    /** A target was set (or changed) for an indicator, year and breakdown; data: {@link IndicatorTargetChange}. */
    public static final String INDICATOR_TARGET_SET = "IndicatorTargetSet";
    /** A value was declared (or changed) for an indicator, year and breakdown; data: {@link IndicatorValueChange}. */
    public static final String INDICATOR_VALUE_DECLARED = "IndicatorValueDeclared";
    /** An action was added to the annual action plan; data: {@link ActionChange}. */
    public static final String ACTION_ADDED = "ActionAdded";
    /** The steering committee scored an action of the annual plan; data: {@link ActionChange}. */
    public static final String ACTION_SCORED = "ActionScored";
    /** The self-assessment of a year was submitted (or replaced); data: {@link SelfAssessmentState}. */
    public static final String SELF_ASSESSMENT_SUBMITTED = "SelfAssessmentSubmitted";

    private MonitoringEventTypes() {
    }
}
