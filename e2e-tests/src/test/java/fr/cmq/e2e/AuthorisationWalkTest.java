package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.infra.LocalKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write is decided before what is written: every write operation of the served {@code /openapi}, called by
 * each caller who may not write there (no token, an expired token, a token signed by another key, a reader, a regional
 * token of another region), with a valid body, a malformed one and one of the wrong type, answers 401 or 403 as
 * {@code application/problem+json}, and nothing changes (every representation of the campus and its neighbours reads
 * the same before and after). A write operation the walk does not know fails the test, so that a new one cannot
 * escape it.
 */
class AuthorisationWalkTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** Where the target of the write is named only by its body: a caller of another region is told after reading it. */
    private static final Set<String> TARGET_IN_BODY = Set.of("registerCampus", "createEnvelope");
    private static final String YEAR = "2026";

    private static String campus;
    private static String partner;
    private static String application;
    private static String envelope;
    private static String action;

    /** The campus (Occitanie, 76) every write aims at, and what hangs from it, written by the national mission. */
    @BeforeAll
    static void aCampusWithEverything() throws InterruptedException {
        campus = registerCampus("Campus de la marche des autorisations (test e2e)", "MATERIALS", "76", "TOULOUSE");
        Await.status(() -> asNational().body(GIP_PROFILE).put("/api/v1/campuses/" + campus + "/profile").statusCode(),
                201);
        partner = asNational().body(body("addPartner")).post("/api/v1/campuses/" + campus + "/partners")
                .then().statusCode(201).extract().path("id");
        application = asNational().body(body("submitApplication")).post("/api/v1/campuses/" + campus + "/applications")
                .then().statusCode(201).extract().path("id");
        envelope = asNational().body(body("createEnvelope")).post("/api/v1/funding-envelopes")
                .then().statusCode(201).extract().path("id");
        asNational().body(body("putBudget")).put("/api/v1/campuses/" + campus + "/budgets/" + YEAR)
                .then().statusCode(201);
        action = asNational().body(body("addPlanAction"))
                .post("/api/v1/campuses/" + campus + "/action-plans/" + YEAR + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void everyWriteRefusesEveryOutsiderBeforeReadingItsBody() throws Exception {
        Map<String, String> outsiders = new LinkedHashMap<>();
        outsiders.put("no token", null);
        outsiders.put("expired token", platform.tokens().mint("e2e-expired", "national", null, Duration.ofMinutes(-5)));
        outsiders.put("token signed by another key", LocalKeys.generate().minter().national("e2e-forger"));
        outsiders.put("reader", reader);
        outsiders.put("regional of another region", platform.tokens().regional("e2e-bretagne", "53"));

        String before = everythingAboutTheCampus();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        int operations = 0;
        JsonNode paths = JSON.readTree(given().accept("application/json").get("/openapi").asString()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String id = operation.getValue().get("operationId").asText();
                String url = path.getKey().replace("{campusId}", campus).replace("{partnerId}", partner)
                        .replace("{applicationId}", application).replace("{envelopeId}", envelope)
                        .replace("{year}", YEAR).replace("{code}", "PRESSURE_RATE").replace("{actionId}", action)
                        .replace("{regionCode}", "76");
                boolean hasBody = operation.getValue().has("requestBody");
                for (Map.Entry<String, String> outsider : outsiders.entrySet()) {
                    int expected = outsider.getKey().startsWith("regional") || outsider.getKey().equals("reader")
                            ? 403 : 401;
                    for (String body : bodies(id, hasBody, outsider.getKey())) {
                        cases++;
                        Response answer = send(operation.getKey(), url, id, outsider.getValue(), body);
                        String type = String.valueOf(answer.contentType());
                        if (answer.statusCode() != expected || !type.startsWith("application/problem+json")) {
                            wrong.add("%s %s as %s with %s: %d %s".formatted(operation.getKey().toUpperCase(),
                                    path.getKey(), outsider.getKey(), body == null ? "no body" : body,
                                    answer.statusCode(), type));
                        }
                    }
                }
            }
        }
        String after = everythingAboutTheCampus();
        System.out.printf("[authorisation] %d write operations, %d cases, %d correct%n", operations, cases,
                cases - wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " case(s) answered otherwise:\n" + String.join("\n", wrong));
        assertEquals(before, after, "an outsider's write changed something");
        assertTrue(operations >= 16, "the served document lists every write operation");
    }

    /** The valid body, then (where the target is in the path, so the caller is known an outsider) two bad ones. */
    private static List<String> bodies(String operationId, boolean hasBody, String outsider) {
        if (!hasBody) {
            return java.util.Collections.singletonList(null);
        }
        String valid = body(operationId);
        if (outsider.startsWith("regional") && TARGET_IN_BODY.contains(operationId)) {
            return List.of(valid);
        }
        return List.of(valid, "{\"designation\": ", "[1, \"wrong type\", {\"legalForm\": 42}]");
    }

    private static Response send(String method, String url, String operationId, String token, String body) {
        RequestSpecification request = given().header("If-Match", "*");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(operationId.equals("patchCampus") ? "application/merge-patch+json"
                            : operationId.equals("importRegion") ? "application/x-ndjson" : "application/json")
                    .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(method.toUpperCase(), url);
    }

    /** Every representation a write of the walk could change, read by the national mission, in one string. */
    private static String everythingAboutTheCampus() {
        StringBuilder all = new StringBuilder();
        for (String url : List.of("/api/v1/campuses/" + campus, "/api/v1/campuses/" + campus + "/label",
                "/api/v1/campuses/" + campus + "/history", "/api/v1/campuses/" + campus + "/profile",
                "/api/v1/campuses/" + campus + "/profile/history", "/api/v1/campuses/" + campus + "/partners",
                "/api/v1/campuses/" + campus + "/budgets", "/api/v1/campuses/" + campus + "/funding-history",
                "/api/v1/campuses/" + campus + "/director-funding/" + YEAR, "/api/v1/applications/" + application,
                "/api/v1/funding-envelopes/" + envelope, "/api/v1/funding-envelopes", "/api/v1/calls",
                "/api/v1/campuses/" + campus + "/indicators",
                "/api/v1/campuses/" + campus + "/action-plans/" + YEAR + "/actions",
                "/api/v1/campuses/" + campus + "/self-assessments",
                "/api/v1/campuses?regionCode=76&limit=200")) {
            Response answer = given().auth().oauth2(national).get(url);
            all.append(url).append(' ').append(answer.statusCode()).append(' ').append(answer.header("ETag"))
                    .append(' ').append(answer.asString()).append('\n');
        }
        return all.toString();
    }

    private static RequestSpecification asNational() {
        return given().auth().oauth2(national).contentType(ContentType.JSON);
    }

    /** A valid body of each write operation (the walk fails on an operation it does not know). */
    private static String body(String operationId) {
        return switch (operationId) {
            case "registerCampus" -> """
                    {"designation":"Campus d'un intrus (test e2e)","familyCode":"MATERIALS","regionCode":"76",
                     "academyCodes":["TOULOUSE"]}""";
            case "patchCampus" -> "{\"designation\":\"Campus renommé par un intrus (test e2e)\"}";
            case "submitApplication" -> "{\"callCode\":\"CALL_2015\",\"kind\":\"INITIAL\"}";
            case "issueOpinion" -> "{\"stars\":3,\"issuingBody\":\"NATIONAL_EXPERT_GROUP\",\"issuedOn\":\"2016-02-15\"}";
            case "decideApplication" -> """
                    {"outcome":"GRANTED","legalActReference":"Arrêté de test","legalActDate":"2016-04-12",
                     "startDate":"2016-04-14","durationYears":4}""";
            case "withdrawLabel" -> "{\"withdrawnOn\":\"2018-01-01\",\"legalActReference\":\"Arrêté\",\"reason\":\"Test\"}";
            case "createCall" -> "{\"code\":\"CALL_INTRUDER\",\"title\":\"Appel d'un intrus\",\"callDate\":\"2027-01-15\"}";
            case "putProfile" -> GIP_PROFILE;
            case "addPartner", "replacePartner" -> """
                    {"name":"Airbus","category":"COMPANY","companySize":"LARGE","sector":"PRIVATE","trainingRole":"BOTH",
                     "membershipBasis":"SIGNED_COMMITMENT","inGovernance":true}""";
            case "putBudget" -> """
                    {"holder":"CAMPUS","uses":[{"use":"ACTIONS","amountCents":1000000}],
                     "contributions":[{"funderName":"Région","funderType":"REGION","amountCents":1000000,
                       "nature":"CASH","modality":"EX_ANTE","status":"GRANTED"}]}""";
            case "putDirectorFunding" -> """
                    {"totalCostCents":6000000,"shares":[{"funderName":"Rectorat","funderType":"RECTORAT","percent":100}]}""";
            case "createEnvelope" -> """
                    {"funderName":"Région Occitanie","funderType":"REGION","totalCents":10000000,"startYear":2026,
                     "endYear":2027,"modality":"EX_ANTE","campusIds":["%s"]}""".formatted(campus);
            case "allocateFromEnvelope" -> "{\"campusId\":\"%s\",\"year\":2026,\"amountCents\":100}".formatted(campus);
            case "putIndicatorTarget" -> "{\"value\":150.0}";
            case "putIndicatorValue" -> "{\"numerator\":45,\"denominator\":30,\"source\":\"CAMPUS_REPORT\"}";
            case "addPlanAction" -> "{\"title\":\"Forum des métiers\",\"theme\":\"COMMUNICATION\",\"status\":\"DONE\"}";
            case "scorePlanAction" -> "{\"score\":75,\"committeeDate\":\"2026-01-15\"}";
            case "putSelfAssessment" -> """
                    {"strengths":["Partenariat"],"weaknesses":["Cibles"],"actionsDecided":["Fixer des cibles"],
                     "indicatorCodes":["PRESSURE_RATE"]}""";
            case "importRegion" -> "{\"record\":\"campus\",\"campusId\":\"" + campus
                    + "\",\"designation\":\"Campus importé par un intrus (test e2e)\",\"familyCode\":\"MATERIALS\","
                    + "\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}";
            default -> throw new AssertionError("The authorisation walk has no body for the write operation "
                    + operationId + ": add one");
        };
    }
}
