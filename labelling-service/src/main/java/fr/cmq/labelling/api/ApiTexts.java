package fr.cmq.labelling.api;

/**
 * Sentences that several operations' descriptions share, written once. The roles allowed are not among them: the
 * platform's OpenAPI filter adds them to every operation from its {@code @RolesAllowed}.
 */
final class ApiTexts {

    /** Every write on a campus: the region is checked first. */
    static final String REGION_FIRST = "A regional token gets 403 for a campus of another region, decided before the "
            + "body is validated. ";
    /** The writes that need the campus's current ETag. */
    static final String IF_MATCH = "Needs If-Match with the campus's current ETag (428 without, 412 when stale). ";

    private ApiTexts() {
    }
}
