package fr.cmq.monitoring;

import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes every endpoint, field, enumeration and error of the service. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class OpenApiTest {

    @Test
    void describesEndpointsEnumerationsAndErrors() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<String> operationIds = doc.getList("paths.collectMany { p -> p.value.values().collect { it.operationId } }");
        assertEquals(List.of("addPartner", "addPlanAction", "campusIndicators", "getPartner", "getPlanAction", "getProfile",
                "getSelfAssessment", "indicatorCatalogue", "legalFormDistribution", "legalFormHistory", "listPartners",
                "listPlanActions", "listSelfAssessments", "partnerCategories", "partnerSummary", "putIndicatorTarget",
                "putIndicatorValue", "putProfile", "putSelfAssessment", "removePartner", "replacePartner",
                "scorePlanAction"),
                operationIds.stream().sorted().toList(), "every operation names its operationId, once");
        assertEquals(operationIds.size(), new HashSet<>(operationIds).size(), "operationIds are unique: " + operationIds);
        // Every operation says what it does and who may call it.
        for (String field : List.of("summary", "description")) {
            List<String> texts = doc.getList("paths.collectMany { p -> p.value.values().collect { it." + field + " } }");
            assertTrue(texts.stream().allMatch(t -> t != null && !t.isBlank()), field + " on every operation: " + texts);
        }
        List<String> descriptions = doc.getList("paths.collectMany { p -> p.value.values().collect { it.description } }");
        assertTrue(descriptions.stream().allMatch(d -> d.contains("national")), "who may call: " + descriptions);
        assertEquals(Set.of("/api/v1/campuses/{campusId}/profile", "/api/v1/campuses/{campusId}/profile/history",
                "/api/v1/campuses/{campusId}/partners", "/api/v1/campuses/{campusId}/partners/{partnerId}",
                "/api/v1/campuses/{campusId}/partners/summary", "/api/v1/reference/partner-categories",
                "/api/v1/monitoring/legal-forms/distribution", "/api/v1/reference/indicators",
                "/api/v1/campuses/{campusId}/indicators", "/api/v1/campuses/{campusId}/indicators/{code}/targets/{year}",
                "/api/v1/campuses/{campusId}/indicators/{code}/values/{year}",
                "/api/v1/campuses/{campusId}/action-plans/{year}/actions",
                "/api/v1/campuses/{campusId}/action-plans/{year}/actions/{actionId}",
                "/api/v1/campuses/{campusId}/action-plans/{year}/actions/{actionId}/score",
                "/api/v1/campuses/{campusId}/self-assessments", "/api/v1/campuses/{campusId}/self-assessments/{year}"),
                doc.getMap("paths").keySet());
        // The headers documented are the ones sent: every success answers its resource's ETag (a version or a
        // digest), the POST's 201 its Location, the list its Link to the next page.
        List<String> successes = new ArrayList<>();
        for (String operation : operationIds) {
            Map<String, Map<String, Object>> answers = doc.getMap("paths.collectMany { p -> p.value.values() }"
                    + ".find { it.operationId == '" + operation + "' }.responses");
            answers.forEach((status, answer) -> {
                if (status.startsWith("2")) {
                    successes.add(operation + " " + status);
                    assertTrue(((Map<?, ?>) answer.get("headers")).containsKey("ETag"), operation + " " + status);
                }
            });
        }
        assertEquals(26, successes.size(), "one success per operation, two for each create-or-replace PUT (profile, "
                + "target, value, self-assessment): " + successes);
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/campuses/{campusId}/partners'.post.responses.'201'.headers", hasKey("Location"))
                .body("paths.'/api/v1/campuses/{campusId}/partners'.get.responses.'200'.headers", hasKey("Link"))
                .body("paths.'/api/v1/campuses/{campusId}/profile'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/campuses/{campusId}/profile'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/campuses/{campusId}/partners'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/campuses/{campusId}/partners'.post.responses.'409'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/campuses/{campusId}/partners/{partnerId}'.delete.responses", hasKey("403"))
                .body("components.schemas.LegalForm.enum",
                        hasItems("ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT", "NOT_PROVIDED"))
                .body("components.schemas.TrainingRole.enum", hasItems("INITIAL", "CONTINUING", "BOTH", "NONE"))
                .body("components.schemas.PartnerCategory.enum", hasItems("GRETA", "AFPA", "OPCA_OPCO", "DIRECCTE_DREETS"))
                .body("components.schemas.TypologyMatrix.description", containsString("BOTH is counted in both"))
                .body("components.schemas.Problem", notNullValue())
                .body("paths.'/api/v1/campuses/{campusId}/partners'.get.responses.'200'.content.'application/json'"
                        + ".schema.'$ref'", containsString("PartnerPage"))
                .body("components.schemas.DirectorPost.description", containsString("No person's name"));
    }
}
