package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes every endpoint, its errors, and every enumeration. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class OpenApiTest {

    @Test
    void describesEveryEndpointErrorAndEnumeration() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
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
                .body("paths", hasKey("/api/v1/reference/report-2017/campus-facts"))
                .body("paths", hasKey("/api/v1/reference/report-2017/regional-funding"))
                .body("paths", hasKey("/api/v1/reference/report-fact-topics"))
                .body("components.schemas.ReportFact.properties", hasKey("source"))
                .body("paths.'/api/v1/reference/report-2017/campus-facts'.get.responses.keySet()",
                        hasItems("200", "400", "401", "403"))
                .body("components.schemas.ReportFactTopic.enum", hasItems("DIRECTOR_POST_FUNDING",
                        "REGION_NOT_PARTICIPATING"))
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
                .body("components.schemas.Problem.properties", hasKey("errors"))
                .body("paths", not(hasKey("/api/v1/reference/{list}")))
                .body("paths.'/api/v1/reference/funding-modalities'.get.operationId", equalTo("listFundingModalities"))
                .body("paths.'/api/v1/reference/funder-types'.get.responses.'200'.content.'application/json'.schema.items"
                        + ".'$ref'", equalTo("#/components/schemas/CodeLabel"))
                .body("paths.'/api/v1/reference/budget-uses'.get.responses.keySet()", hasItems("200", "401", "403"))
                .body("components.schemas.CodeLabel.properties", hasKey("annex3Bucket"))
                .extract().jsonPath();
        // Every operation: an explicit, unique operationId, a summary and a description.
        List<Map<String, Object>> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (Map<String, Object> item : paths.values()) {
            item.forEach((key, value) -> {
                if (!key.equals("parameters") && value instanceof Map<?, ?> operation) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) operation;
                    operations.add(typed);
                }
            });
        }
        List<Object> ids = operations.stream().map(o -> o.get("operationId")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operationIds repeat: " + ids);
        assertTrue(ids.containsAll(List.of("putBudget", "getBudget", "listBudgets", "putDirectorFunding",
                "getDirectorFunding", "createEnvelope", "listEnvelopes", "getEnvelope", "allocateFromEnvelope",
                "getFundingSummary", "getFundingHistory", "listFunderTypes", "listBudgetKinds", "listBudgetHolders",
                "listBudgetUses", "listContributionNatures", "listFundingModalities", "listContributionStatuses",
                "listReportFactTopics", "listReportCampusFacts", "listReportRegionalFunding")), ids.toString());
        for (Map<String, Object> operation : operations) {
            assertNotNull(operation.get("summary"), operation.get("operationId") + " has no summary");
            assertNotNull(operation.get("description"), operation.get("operationId") + " has no description");
        }
    }
}
