package fr.cmq.monitoring.api;

/** The OpenAPI tags of the monitoring service, each with one description whichever resource uses it. */
final class ApiTags {

    static final String PROFILE = "Campus profile";
    static final String PROFILE_DESCRIPTION = "Legal form and its history, support establishment, operational "
            + "director post, governance (recommendations 6, 7, 8, 13)";
    static final String PARTNERS = "Campus partners";
    static final String PARTNERS_DESCRIPTION = "Partners and their typology: public/private x initial/continuing "
            + "training (recommendations 2, 6, 10, 11, 13)";
    static final String NATIONAL = "National monitoring";
    static final String NATIONAL_DESCRIPTION = "Figures over every campus of the register";
    static final String STEERING = "Steering by results";
    static final String STEERING_DESCRIPTION = "Indicators with targets and yearly values, the annual action plan "
            + "scored by the steering committee, the annual self-assessment (Annexe 3, recommendations 15, 17, 18)";
    static final String REFERENCE = "Reference data";
    static final String REFERENCE_DESCRIPTION = "Codes and French labels: the monitoring code lists (partner "
            + "categories) and the indicator catalogue";

    private ApiTags() {
    }
}
