package fr.cmq.gateway.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The route template the metrics and spans name a forwarded request by: ids and numbers replaced, nothing else. */
class ProxyObservabilityTest {

    @Test
    void idsAndNumbersOfAForwardedPathAreReplaced() {
        assertEquals("/api/v1/campuses/{id}", ProxyObservability.template(
                "/api/v1/campuses/0b3f6a2e-4c1d-4e8a-9f00-1234567890ab"));
        assertEquals("/api/v1/campuses/{id}/budgets/{n}", ProxyObservability.template(
                "/api/v1/campuses/0B3F6A2E-4C1D-4E8A-9F00-1234567890AB/budgets/2024"));
        assertEquals("/api/v1/campuses/{id}/partners/{id}", ProxyObservability.template(
                "/api/v1/campuses/0b3f6a2e-4c1d-4e8a-9f00-1234567890ab/partners/1b3f6a2e-4c1d-4e8a-9f00-1234567890ab"));
        assertEquals("/api/v1/reference/regions", ProxyObservability.template("/api/v1/reference/regions"));
        assertEquals("/api/v1/campuses/x2024", ProxyObservability.template("/api/v1/campuses/x2024"));
    }
}
