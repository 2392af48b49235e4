package fr.cmq.monitoring.api;

/** Sentences that several operations' OpenAPI descriptions say, written once. */
final class ApiTexts {

    /** The order of the checks of a write with a body (the filter's "Allowed roles" says who may write). */
    static final String WHO_MAY_WRITE_FIRST = "Who may write is decided before the body is validated: a regional "
            + "token of another region gets 403 even for an invalid body";

    private ApiTexts() {
    }
}
