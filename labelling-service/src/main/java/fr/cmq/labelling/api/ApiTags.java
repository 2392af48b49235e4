package fr.cmq.labelling.api;

/** The OpenAPI tags of the labelling service, each with one description whichever resource uses it. */
final class ApiTags {

    static final String REGISTER = "Campus register";
    static final String REGISTER_DESCRIPTION = "The national register of campuses: one stable id per campus for life, "
            + "its designation (renamings kept), sector family, region and academies; its audit trail";
    static final String LABELS = "Labels";
    static final String LABELS_DESCRIPTION = "Applications for the label, expert opinions, decisions, withdrawals, "
            + "and each campus's label on the calendar (LABELLED, RENEWAL_DUE, EXPIRED...)";
    static final String CALLS = "Calls for projects";
    static final String CALLS_DESCRIPTION = "The national calls for projects (the five of the report and later ones) "
            + "and the parts their applications must hold";
    static final String REFERENCE = "Reference data";
    static final String REFERENCE_DESCRIPTION = "Codes and French labels: regions, academies, sector families and the "
            + "labelling code lists";

    private ApiTags() {
    }
}
