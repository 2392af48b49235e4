package fr.cmq.gateway;

import fr.cmq.gateway.routing.RouteTable;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import fr.cmq.testing.RealInfrastructureResource;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The configured route table sends each public path to its owner. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class RouteTableTest {

    @Inject
    RouteTable routes;

    @ParameterizedTest
    @CsvSource({
            "/api/v1/campuses, labelling",
            "/api/v1/campuses/abc, labelling",
            "/api/v1/campuses/abc/label, labelling",
            "/api/v1/campuses/abc/partners, monitoring",
            "/api/v1/campuses/abc/partners/summary, monitoring",
            "/api/v1/campuses/abc/profile/history, monitoring",
            "/api/v1/campuses/abc/budgets/2026, funding",
            "/api/v1/campuses/abc/director-funding/2026, funding",
            "/api/v1/funding-envelopes, funding",
            "/api/v1/reference/regions, labelling",
            "/api/v1/reference/partner-categories, monitoring",
            "/api/v1/reference/funder-types, funding",
            "/api/v1/calls, labelling",
            "/api/v1/labels/renewals-due, labelling",
            "/api/v1/campuses/abc/funding-history, funding",
            "/api/v1/reference/budget-uses, funding",
            "/api/v1/reference/contribution-statuses, funding",
            "/api/v1/reference/report-2017/campus-facts, funding",
            "/api/v1/reference/report-2017/regional-funding, funding",
            "/api/v1/reference/report-fact-topics, funding",
            "/api/v1/funding/summary, funding",
            "/api/v1/monitoring/legal-forms/distribution, monitoring",
            "/api/v1/dashboard/campuses, none",
    })
    void routesEachPathToItsOwner(String path, String service) {
        assertEquals(service, routes.resolve(path).map(RouteTable.Target::service).orElse("none"));
    }
}
