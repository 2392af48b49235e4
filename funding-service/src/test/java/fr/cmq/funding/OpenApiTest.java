package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document describes every endpoint, its errors, and every enumeration. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class OpenApiTest {

    @Test
    void describesEveryEndpointErrorAndEnumeration() {
        var doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/campuses/{campusId}/budgets/{year}"))
                .body("paths", hasKey("/api/v1/campuses/{campusId}/budgets"))
                .body("paths", hasKey("/api/v1/campuses/{campusId}/director-funding/{year}"))
                .body("paths", hasKey("/api/v1/funding-envelopes"))
                .body("paths", hasKey("/api/v1/funding-envelopes/{envelopeId}"))
                .body("paths", hasKey("/api/v1/funding-envelopes/{envelopeId}/allocations"))
                .body("paths", hasKey("/api/v1/funding/summary"))
                .body("paths", hasKey("/api/v1/reference/funder-types"))
                .body("paths", hasKey("/api/v1/campuses/{campusId}/funding-history"))
                .body("paths.'/api/v1/campuses/{campusId}/budgets/{year}'.put.responses.keySet()",
                        hasItems("200", "201", "400", "401", "403", "404", "412", "428"))
                .body("paths.'/api/v1/campuses/{campusId}/director-funding/{year}'.put.responses.keySet()",
                        hasItems("201", "400", "403", "404", "412", "422", "428"))
                .body("paths.'/api/v1/funding-envelopes/{envelopeId}/allocations'.post.responses.keySet()",
                        hasItems("201", "400", "403", "404", "422"))
                .body("components.schemas.FunderType.enum", containsInAnyOrder("RECTORAT", "REGION",
                        "SUPPORT_ESTABLISHMENT", "COMPANY", "PROFESSIONAL_BRANCH", "MEMBERSHIP_FEES",
                        "OTHER_LOCAL_AUTHORITY", "OTHER_STATE", "EU_FUNDS", "OWN_RESOURCES", "OTHER"))
                .body("components.schemas.ContributionNature.enum", containsInAnyOrder("CASH", "IN_KIND", "STAFF"))
                .body("components.schemas.FundingModality.enum", containsInAnyOrder("EX_ANTE", "EX_POST"))
                .body("components.schemas.ContributionStatus.enum",
                        containsInAnyOrder("PLANNED", "REQUESTED", "GRANTED", "PAID"))
                .body("components.schemas.BudgetKind.enum", containsInAnyOrder("FORECAST", "EXECUTED"))
                .body("components.schemas.FunderType.description", notNullValue())
                .body("components.schemas.Budget.properties", hasKey("sharesByFunderType"))
                .body("components.schemas.Budget.properties.coverageRatioPercent.description", notNullValue())
                .body("components.schemas.Problem.properties", hasKey("errors"));
    }
}
