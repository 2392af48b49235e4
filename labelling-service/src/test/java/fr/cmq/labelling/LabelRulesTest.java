package fr.cmq.labelling;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Every rule of opinions, decisions and calls answers problem+json and stores nothing. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class LabelRulesTest {

    private static final Map<String, Object> GRANT = Map.of("outcome", "GRANTED", "legalActReference", "Arrêté",
            "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4);

    @Test
    void opinionRules() {
        String application = Api.submit(Api.registerCampus("Opinions (test)", "76", "TOULOUSE"), "CALL_2016");
        opinion(application, Map.of("stars", 2, "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-10"))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("justification"));
        opinion(application, Map.of("outcome", "FAVOURABLE_WITH_COMPLEMENTS", "issuingBody", "REGIONAL_TRIPARTITE_COMMISSION",
                "issuedOn", "2017-01-10")).statusCode(400).body("errors[0].field", equalTo("justification"));
        opinion(application, Map.of("stars", 3, "outcome", "FAVOURABLE", "issuingBody", "NATIONAL_EXPERT_GROUP",
                "issuedOn", "2017-01-10")).statusCode(400).body("errors.field", hasItems("stars", "outcome"));
        opinion(application, Map.of("stars", 4, "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-10"))
                .statusCode(400).body("errors[0].field", equalTo("stars"));
        opinion(application, Map.of("stars", 3, "issuingBody", "SOMEONE", "issuedOn", "2017-01-10"))
                .statusCode(400).body("errors[0].field", equalTo("issuingBody"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/applications/" + application)
                .then().statusCode(200).body("opinion", nullValue());
        opinion(application, Map.of("stars", 2, "justification", "Partenariat industriel à consolider",
                "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-10")).statusCode(200)
                .body("opinion.stars", equalTo(2));
        opinion(application, Map.of("outcome", "FAVOURABLE", "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-11"))
                .statusCode(409).contentType("application/problem+json");
        opinion(UUID.randomUUID().toString(), Map.of("outcome", "FAVOURABLE", "issuingBody", "NATIONAL_EXPERT_GROUP",
                "issuedOn", "2017-01-11")).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void decisionRules() {
        String campus = Api.registerCampus("Décisions (test)", "76", "TOULOUSE");
        String application = Api.submit(campus, "CALL_2016");
        for (int years : new int[]{0, 6}) {
            Map<String, Object> body = new HashMap<>(GRANT);
            body.put("durationYears", years);
            Api.decide(TestTokens.national(), application, body).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("durationYears"));
        }
        Map<String, Object> noStart = new HashMap<>(GRANT);
        noStart.remove("startDate");
        Api.decide(TestTokens.national(), application, noStart).statusCode(400).body("errors[0].field", equalTo("startDate"));
        Api.label(campus).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.decide(TestTokens.national(), application, GRANT).statusCode(200);
        Api.decide(TestTokens.national(), application, GRANT).statusCode(409).contentType("application/problem+json");
        Api.label(campus).statusCode(200)
                .body("history.step", equalTo(List.of("APPLICATION_SUBMITTED", "LABEL_GRANTED")));
    }

    @Test
    void aCallThatRequiresTheRecommendedPartsRefusesADecisionWithoutThem() {
        String code = "CALL_TEST_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Appel de test", "callDate", "2027-01-15",
                        "sections", List.of(Map.of("code", "1", "label", "Analyse d'opportunité économique")),
                        "requiredParts", List.of("CREFOP_PRESENTATION", "PARTNER_COMMITMENTS")))
                .when().post("/api/v1/calls").then().statusCode(201).body("code", equalTo(code));
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Doublon", "callDate", "2027-01-15"))
                .when().post("/api/v1/calls").then().statusCode(409);
        given().auth().oauth2(TestTokens.regional("76")).contentType(ContentType.JSON)
                .body(Map.of("code", "CALL_REGIONAL", "title", "X", "callDate", "2027-01-15"))
                .when().post("/api/v1/calls").then().statusCode(403);
        String campus = Api.registerCampus("Pièces requises (test)", "76", "TOULOUSE");
        String application = Api.apply(TestTokens.national(), campus,
                        Map.of("callCode", code, "kind", "INITIAL", "crefopPresentationDate", "2027-03-01"))
                .statusCode(201).body("missingRequiredParts", equalTo(List.of("PARTNER_COMMITMENTS")))
                .extract().path("id");
        Api.decide(TestTokens.national(), application, GRANT).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("PARTNER_COMMITMENTS"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/applications/" + application)
                .then().statusCode(200).body("decision", nullValue());
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/calls")
                .then().statusCode(200).body("code", hasItems("CALL_2013", "CALL_2014", "CALL_2015", "CALL_2016", "CALL_2017"))
                .body("find { it.code == 'CALL_2014' }.labelLists.campusesLabelled", equalTo(List.of(17, 6)))
                .body("find { it.code == 'CALL_2015' }.sections.code", hasItem("5-2"))
                .body("find { it.code == 'CALL_2013' }.callDate", equalTo("2013-05-06"));
        Api.apply(TestTokens.national(), campus, Map.of("callCode", "CALL_NOPE", "kind", "INITIAL")).statusCode(404);
        Api.apply(TestTokens.national(), campus, Map.of("callCode", code, "kind", "SECOND")).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void regionalTokensWriteOnlyTheirRegionAndReadersNever() {
        String campus = Api.registerCampus("Portée régionale (test)", "76", "MONTPELLIER");
        Map<String, Object> application = Map.of("callCode", "CALL_2016", "kind", "INITIAL");
        Api.apply(TestTokens.regional("84"), campus, application).statusCode(403)
                .contentType("application/problem+json");
        Api.apply(TestTokens.reader(), campus, application).statusCode(403);
        // who may write is decided before what is written is validated
        Api.apply(TestTokens.regional("84"), campus, Map.of("callCode", "CALL_2016")).statusCode(403);
        Api.apply(TestTokens.regional("76"), campus, Map.of("callCode", "CALL_2016")).statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        String id = Api.apply(TestTokens.regional("76"), campus, application).statusCode(201).extract().path("id");
        Api.opinion(TestTokens.regional("84"), id, Map.of("outcome", "FAVOURABLE", "issuingBody",
                "REGIONAL_TRIPARTITE_COMMISSION", "issuedOn", "2017-01-10")).statusCode(403);
        Api.opinion(TestTokens.regional("84"), id, Map.of("stars", 9, "issuingBody", "REGIONAL_TRIPARTITE_COMMISSION"))
                .statusCode(403);
        Api.decide(TestTokens.regional("84"), id, Map.of("outcome", "GRANTED")).statusCode(403);
        Api.decide(TestTokens.regional("84"), id, GRANT).statusCode(403);
        Api.opinion(TestTokens.regional("76"), id, Map.of("outcome", "FAVOURABLE", "issuingBody",
                "REGIONAL_TRIPARTITE_COMMISSION", "issuedOn", "2017-01-10")).statusCode(200);
    }

    private static ValidatableResponse opinion(String application, Map<String, Object> body) {
        return Api.opinion(TestTokens.national(), application, body);
    }
}
