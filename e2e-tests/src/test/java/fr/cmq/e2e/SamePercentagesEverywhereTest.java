package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One percentage rule on every endpoint: a 1/1/1 legal-form split (in Corse, where no other test writes a
 * profile) reads 33.4 / 33.3 / 33.3 both in monitoring's distribution and in the gateway's national summary.
 */
class SamePercentagesEverywhereTest extends EndToEndTest {

    private static final String REGION = "94";

    @Test
    void aOneOneOneSplitReadsTheSameInMonitoringAndInTheDashboard() throws Exception {
        Map<String, String> profiles = Map.of(
                "ASSOCIATION", profile("\"legalForm\":\"ASSOCIATION\",\"hasLegalPersonality\":true"),
                "GIP", profile("\"legalForm\":\"GIP\",\"gipKind\":\"ACADEMIC_FCIP\",\"hasLegalPersonality\":true"),
                "SUPPORT_ESTABLISHMENT", profile("\"legalForm\":\"SUPPORT_ESTABLISHMENT\",\"hasLegalPersonality\":false,"
                        + "\"supportEstablishment\":{\"name\":\"Lycée support\",\"type\":\"LYCEE\",\"role\":\"CARRIER\"}"));
        for (Map.Entry<String, String> form : profiles.entrySet()) {
            String id = registerCampus("Campus de test " + form.getKey() + " " + UUID.randomUUID(), "MATERIALS", REGION,
                    "CORSE");
            Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body(form.getValue())
                    .put("/api/v1/campuses/" + id + "/profile").statusCode(), 201);
        }

        JsonPath distribution = given().auth().oauth2(reader).queryParam("region", REGION)
                .get("/api/v1/monitoring/legal-forms/distribution").then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> monitoring = new TreeMap<>();
        for (Map<String, Object> row : distribution.<Map<String, Object>>getList("forms")) {
            if (row.get("percent") != null) {
                monitoring.put((String) row.get("legalForm"), new BigDecimal(row.get("percent").toString()));
            }
        }

        Map<String, BigDecimal> dashboard = Await.until(Duration.ofSeconds(30), Duration.ofMillis(50),
                SamePercentagesEverywhereTest::summaryLegalForms, forms -> forms.size() == 3);

        System.out.printf("[e2e] 1/1/1 legal forms: monitoring %s, dashboard %s%n", monitoring, dashboard);
        assertEquals(List.of(new BigDecimal("33.3"), new BigDecimal("33.3"), new BigDecimal("33.4")),
                monitoring.values().stream().sorted().toList(), "monitoring adds to 100.0 by largest remainder");
        assertEquals(new BigDecimal("100.0"), monitoring.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(monitoring, dashboard, "the same percentages in the distribution and in the summary");
    }

    /** The legal forms' percentages in the dashboard's summary of the region, by code. */
    private static Map<String, BigDecimal> summaryLegalForms() {
        Map<String, BigDecimal> forms = new TreeMap<>();
        for (Map<String, Object> share : given().auth().oauth2(reader).queryParam("region", REGION)
                .get("/api/v1/dashboard/summary").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("legalForms")) {
            forms.put((String) share.get("code"), new BigDecimal(share.get("percent").toString()));
        }
        return forms;
    }

    private static String profile(String legalForm) {
        return "{" + legalForm + ",\"hasOwnBudget\":false,\"directorPost\":{\"exists\":false},"
                + "\"governance\":{\"steeringCommittee\":true,\"managementCommittee\":false,"
                + "\"higherEducationInGovernance\":false}}";
    }
}
