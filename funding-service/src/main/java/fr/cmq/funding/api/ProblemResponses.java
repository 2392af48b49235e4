package fr.cmq.funding.api;

/** Descriptions of the problem answers, shared by the OpenAPI annotations of the resources. */
final class ProblemResponses {

    static final String PROBLEM = "application/problem+json";
    static final String BAD_REQUEST = "Invalid request (problem+json with an `errors` array naming each field):"
            + " missing or unknown field, unknown enumeration code, negative, non-integer or too large amount"
            + " (above 100000000000 cents, 1 000 000 000 EUR), year outside 2013..(current year + 5)";
    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN_WRITE = "The token may not write this campus: a reader token, or a regional"
            + " token of another region than the campus's";
    static final String NOT_FOUND_CAMPUS = "The campus is not in the national register (as learnt from the"
            + " labelling service's events)";
    static final String PRECONDITION_FAILED = "Stale If-Match: the resource changed since it was read (its"
            + " current ETag is given); nothing was changed, the other writer's version is kept";
    static final String PRECONDITION_REQUIRED = "The resource exists: replacing it needs If-Match with its"
            + " current ETag";

    private ProblemResponses() {
    }
}
