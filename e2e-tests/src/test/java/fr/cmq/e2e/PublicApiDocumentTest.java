package fr.cmq.e2e;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** One OpenAPI document for the whole public API, and its Swagger UI, on the gateway. */
class PublicApiDocumentTest extends EndToEndTest {

    @Test
    void theGatewayServesOneDocumentForEveryPublicPath() {
        given().when().get("/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("paths.keySet()", hasItems(
                        "/api/v1/dashboard/campuses", "/api/v1/dashboard/summary", "/api/v1/dashboard/changes",
                        "/api/v1/campuses", "/api/v1/campuses/{campusId}/label", "/api/v1/calls",
                        "/api/v1/campuses/{campusId}/partners", "/api/v1/campuses/{campusId}/partners/summary",
                        "/api/v1/campuses/{campusId}/profile", "/api/v1/monitoring/legal-forms/distribution",
                        "/api/v1/campuses/{campusId}/budgets/{year}", "/api/v1/funding-envelopes",
                        "/api/v1/funding/summary", "/api/v1/reference/funder-types",
                        "/api/v1/reference/partner-categories", "/api/v1/reference/regions"))
                .body("components.schemas.keySet()", hasItems("Problem", "LabelStatus", "TableRow"))
                .body("info.description", not(containsString("unreachable")));
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
