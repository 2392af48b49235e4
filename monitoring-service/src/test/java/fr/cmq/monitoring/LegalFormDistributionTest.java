package fr.cmq.monitoring;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/v1/monitoring/legal-forms/distribution reproduces the report's Tableau 4. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class LegalFormDistributionTest {

    @Inject
    CampusDirectory directory;

    /**
     * 77 campuses entered as the report counts them: 10 associations, 17 GIP, 46 backed by a support
     * establishment (33 lycées, 2 IUT, 8 universities, 3 other EPSCP), and 4 without a legal form (footnote 14:
     * 73 recorded), two of them with a NOT_PROVIDED profile and two with no profile at all.
     */
    @Test
    void reproducesTableau4() throws Exception {
        String region = "T" + UUID.randomUUID().toString().substring(0, 6); // isolates this test's campuses
        List<UUID> campuses = KnownCampuses.register(directory, "Campus", region, 77);
        Iterator<UUID> next = campuses.iterator();
        for (int i = 0; i < 10; i++) {
            put(next.next(), profile("ASSOCIATION", null, null, true));
        }
        for (int i = 0; i < 17; i++) {
            put(next.next(), profile("GIP", i < 12 ? "ACADEMIC_FCIP" : "OTHER", null, true));
        }
        for (String[] support : new String[][]{{"LYCEE", "33"}, {"IUT", "2"}, {"UNIVERSITY", "8"},
                {"OTHER_EPSCP", "3"}}) {
            for (int i = 0; i < Integer.parseInt(support[1]); i++) {
                put(next.next(), profile("SUPPORT_ESTABLISHMENT", null, support[0], false));
            }
        }
        put(next.next(), profile("NOT_PROVIDED", null, null, false));
        put(next.next(), profile("NOT_PROVIDED", null, "LYCEE", false));

        Response distribution = reader().queryParam("region", region)
                .when().get("/api/v1/monitoring/legal-forms/distribution");
        distribution.then().statusCode(200)
                .body("totalCampuses", equalTo(77))
                .body("withLegalForm", equalTo(73))
                .body("forms.legalForm", contains("ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT", "NOT_PROVIDED"))
                .body("forms.count", contains(10, 17, 46, 4))
                .body("forms[0].percent", equalTo(13.7f))
                .body("forms[1].percent", equalTo(23.3f))
                .body("forms[2].percent", equalTo(63.0f))
                .body("forms[3].percent", nullValue())
                .body("supportEstablishmentTypes.type", contains("LYCEE", "IUT", "UNIVERSITY", "OTHER_EPSCP"))
                .body("supportEstablishmentTypes.count", contains(33, 2, 8, 3));
        reader().queryParam("region", region)
                .header("If-None-Match", distribution.header("ETag"))
                .when().get("/api/v1/monitoring/legal-forms/distribution").then().statusCode(304);
        reader().queryParam("region", "nowhere")
                .when().get("/api/v1/monitoring/legal-forms/distribution")
                .then().statusCode(200).body("totalCampuses", equalTo(0)).body("forms[0].percent", nullValue());
        given().when().get("/api/v1/monitoring/legal-forms/distribution").then().statusCode(401);
    }

    /**
     * The platform's one percentage rule (largest remainder): one association, one GIP and one campus backed by a
     * support establishment read 33.4 / 33.3 / 33.3, adding up to 100.0 (half-up rounding gave 99.9).
     */
    @Test
    void aOneOneOneSplitAddsUpTo100() throws Exception {
        String region = "T" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> campuses = KnownCampuses.register(directory, "Split", region, 3);
        put(campuses.get(0), profile("ASSOCIATION", null, null, true));
        put(campuses.get(1), profile("GIP", "OTHER", null, true));
        put(campuses.get(2), profile("SUPPORT_ESTABLISHMENT", null, "IUT", false));
        reader().queryParam("region", region)
                .when().get("/api/v1/monitoring/legal-forms/distribution")
                .then().statusCode(200)
                .body("withLegalForm", equalTo(3))
                .body("forms.percent", contains(33.4f, 33.3f, 33.3f, null));
    }

    private static void put(UUID campus, String body) {
        national().body(body)
                .when().put("/api/v1/campuses/" + campus + "/profile").then().statusCode(201);
    }

    private static String profile(String form, String gipKind, String supportType, boolean personality) {
        String support = supportType == null ? "" : """
                "supportEstablishment": {"name": "Établissement support", "type": "%s", "role": "CARRIER"},
                """.formatted(supportType);
        return """
                {"legalForm": "%s", %s "hasLegalPersonality": %s, "hasOwnBudget": false, %s
                 "directorPost": {"exists": false},
                 "governance": {"steeringCommittee": true, "managementCommittee": false,
                                "higherEducationInGovernance": false}}"""
                .formatted(form, gipKind == null ? "" : "\"gipKind\": \"" + gipKind + "\",", personality, support);
    }
}
