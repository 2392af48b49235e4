package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict input, driven by the served OpenAPI document: every JSON write operation (POST, PUT, PATCH with a JSON
 * request body) is prepared with a resource of its own and a valid body from {@link #TABLE}, then sent each class of
 * bad input through the gateway: for every string field of the body's schema a NUL, another control character, a lone
 * surrogate and a number; for every number field 1e309, a value overflowing a long and a string; for the body invalid
 * UTF-8, a duplicate key, an unknown field, nesting 2000 deep, a body over the size limit (with Content-Length, and
 * chunked), Content-Type text/plain and no body. Each must answer its 4xx as application/problem+json, name the field
 * where there is one, and leave the resource as it was (its representation and ETag, or the collection's size for a
 * create). The valid body is sent last and must succeed, so that every refusal above was the bad input's doing. An
 * operation of the document missing from the table fails the test.
 */
class BadInputTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\u00a7bad\u00a7";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int YEAR = LocalDate.now().getYear();
    /** Larger than the platform's limit (quarkus.http.limits.max-body-size, 256K in the shared configuration). */
    private static final int OVERSIZE = Integer.getInteger("cmq.e2e.oversize-bytes", 1024 * 1024);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final List<String> refusedValidBodies = new ArrayList<>();
    private int cases;

    /** One operation, prepared: where to write, its If-Match, a valid body, and what a write would change. */
    record Prepared(String url, String ifMatch, String contentType, String body, Supplier<String> state) {
    }

    /** How to prepare each JSON write operation of the public API, by operationId. */
    private final Map<String, Supplier<Prepared>> TABLE = Map.ofEntries(
            Map.entry("registerCampus", this::registerCampusOp),
            Map.entry("patchCampus", this::patchCampusOp),
            Map.entry("createCall", this::createCallOp),
            Map.entry("submitApplication", this::submitApplicationOp),
            Map.entry("issueOpinion", this::issueOpinionOp),
            Map.entry("decideApplication", this::decideApplicationOp),
            Map.entry("withdrawLabel", this::withdrawLabelOp),
            Map.entry("putProfile", this::putProfileOp),
            Map.entry("addPartner", this::addPartnerOp),
            Map.entry("replacePartner", this::replacePartnerOp),
            Map.entry("putBudget", this::putBudgetOp),
            Map.entry("putDirectorFunding", this::putDirectorFundingOp),
            Map.entry("createEnvelope", this::createEnvelopeOp),
            Map.entry("allocateFromEnvelope", this::allocateFromEnvelopeOp),
            Map.entry("putIndicatorTarget", this::putIndicatorTargetOp),
            Map.entry("putIndicatorValue", this::putIndicatorValueOp),
            Map.entry("addPlanAction", this::addPlanActionOp),
            Map.entry("scorePlanAction", this::scorePlanActionOp),
            Map.entry("putSelfAssessment", this::putSelfAssessmentOp));

    @Test
    void everyJsonWriteOperationRefusesEveryClassOfBadInputAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").when().get("/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, Operation> operations = jsonWrites(document);
        Set<String> missing = new TreeSet<>(operations.keySet());
        missing.removeAll(TABLE.keySet());
        assertTrue(missing.isEmpty(), "JSON write operations of /openapi without a valid body in BadInputTest.TABLE: "
                + missing);
        for (Operation operation : operations.values()) {
            Prepared prepared = TABLE.get(operation.id()).get();
            walk(document, operation, prepared);
        }
        int correct = cases - failures.size();
        System.out.printf("[bad-input] %d cases, %d correct (%d JSON write operations: %s)%n", cases, correct,
                operations.size(), String.join(", ", operations.keySet()));
        failures.forEach(f -> System.out.println("[bad-input] WRONG " + f));
        assertTrue(operations.size() >= 14, "the document lists " + operations.keySet());
        assertEquals(List.of(), refusedValidBodies, "the table's valid bodies are accepted");
        assertEquals(List.of(), failures, "every bad input is refused with a problem naming the field, nothing changed");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The document: every POST/PUT/PATCH with a JSON request body, and the schema of that body

    record Operation(String id, String method, String path, JsonNode schema) {
    }

    private static Map<String, Operation> jsonWrites(JsonNode document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase();
            JsonNode content = entry.getValue().path("requestBody").path("content");
            if (!Set.of("POST", "PUT", "PATCH").contains(method) || content.isMissingNode()) {
                return;
            }
            JsonNode media = content.has("application/json") ? content.get("application/json") : content.get(MERGE_PATCH);
            if (media != null) {
                operations.put(entry.getValue().path("operationId").asText(),
                        new Operation(entry.getValue().path("operationId").asText(), method, path.getKey(),
                                resolve(document, media.path("schema"))));
            }
        }));
        return operations;
    }

    /** The schema itself: $ref followed, the non-null branch of an anyOf/oneOf taken. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        for (int i = 0; i < 10; i++) {
            if (schema.has("$ref") && !schema.has("properties")) {
                String[] parts = schema.get("$ref").asText().substring(2).split("/");
                JsonNode target = document;
                for (String part : parts) {
                    target = target.path(part);
                }
                schema = target;
            } else if (!schema.has("properties") && (schema.has("anyOf") || schema.has("oneOf"))) {
                JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
                JsonNode chosen = null;
                for (JsonNode branch : branches) {
                    if (!"null".equals(branch.path("type").asText())) {
                        chosen = branch;
                    }
                }
                if (chosen == null) {
                    return schema;
                }
                schema = chosen;
            } else {
                return schema;
            }
        }
        return schema;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isTextual()) {
            return t.asText().equals(type);
        }
        for (JsonNode each : t) {
            if (each.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The cases

    /** A field of the body: its path in the body tree and in the problem's notation, and its kind. */
    record Field(List<Object> steps, String name, boolean number) {
    }

    private void walk(JsonNode document, Operation operation, Prepared prepared) throws Exception {
        JsonNode valid = JSON.readTree(prepared.body());
        List<Field> fields = new ArrayList<>();
        fields(document, operation.schema(), valid, new ArrayList<>(), "", fields);
        assertTrue(!fields.isEmpty(), operation.id() + ": no string or number field found in its schema");
        for (Field field : fields) {
            List<String> bad = field.number()
                    ? List.of("1e309", "9223372036854775808", "\"12\"")
                    : List.of("\"x\\u0000y\"", "\"x\\u001by\"", "\"x\\ud800y\"", "42");
            for (String value : bad) {
                byte[] body = replaced(valid, field.steps(), value);
                send(operation, prepared, field.name() + " = " + value, prepared.contentType(), body, 400, field.name());
            }
        }
        String first = valid.fieldNames().next();
        String text = JSON.writeValueAsString(valid);
        byte[] invalidUtf8 = utf8Broken(valid, fields);
        send(operation, prepared, "invalid UTF-8", prepared.contentType(), invalidUtf8, 400, null);
        send(operation, prepared, "duplicate key " + first, prepared.contentType(),
                bytes(text.substring(0, text.length() - 1) + ",\"" + first + "\":" + JSON.writeValueAsString(valid.get(first)) + "}"),
                400, first);
        send(operation, prepared, "unknown field", prepared.contentType(),
                bytes(text.substring(0, text.length() - 1) + ",\"unexpectedField\":\"x\"}"), 400, "unexpectedField");
        send(operation, prepared, "nesting 2000 deep", prepared.contentType(),
                bytes("[".repeat(2000) + "]".repeat(2000)), 400, null);
        send(operation, prepared, "nesting 2000 deep in " + first, prepared.contentType(),
                bytes(text.substring(0, text.length() - 1) + ",\"deep\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}"),
                400, null);
        send(operation, prepared, "over-size body", prepared.contentType(), oversize(valid, fields), 413, null);
        send(operation, prepared, "over-size body, chunked", prepared.contentType(), oversize(valid, fields), 413, null,
                true);
        send(operation, prepared, "Content-Type text/plain", "text/plain", bytes(text), 415, null);
        send(operation, prepared, "no body", prepared.contentType(), new byte[0], 400, null);
        // the valid body is accepted: each refusal above was the bad input's doing
        HttpResponse<String> accepted = request(operation, prepared, prepared.contentType(), bytes(text));
        if (accepted.statusCode() / 100 != 2) {
            refusedValidBodies.add(operation.id() + ": " + accepted.statusCode() + " " + accepted.body());
        }
    }

    /** Every string and number field of {@code schema} reachable in {@code value} (absent scalar fields included). */
    private static void fields(JsonNode document, JsonNode schema, JsonNode value, List<Object> steps, String name,
                               List<Field> out) {
        schema = resolve(document, schema);
        if (schema.has("properties")) {
            if (!value.isObject()) {
                return;
            }
            schema.get("properties").fields().forEachRemaining(property -> {
                List<Object> inner = new ArrayList<>(steps);
                inner.add(property.getKey());
                String innerName = name.isEmpty() ? property.getKey() : name + "." + property.getKey();
                JsonNode child = value.path(property.getKey());
                JsonNode childSchema = resolve(document, property.getValue());
                if (child.isMissingNode() || child.isNull()) {
                    if (isType(childSchema, "string") || isType(childSchema, "integer") || isType(childSchema, "number")) {
                        out.add(new Field(inner, innerName, !isType(childSchema, "string")));
                    }
                    return;
                }
                fields(document, childSchema, child, inner, innerName, out);
            });
        } else if (isType(schema, "array") && value.isArray() && !value.isEmpty()) {
            List<Object> inner = new ArrayList<>(steps);
            inner.add(0);
            fields(document, schema.path("items"), value.get(0), inner, name + "[0]", out);
        } else if (isType(schema, "string")) {
            out.add(new Field(steps, name, false));
        } else if (isType(schema, "integer") || isType(schema, "number")) {
            out.add(new Field(steps, name, true));
        }
    }

    /** The body with the field at {@code steps} set to the raw JSON {@code value}. */
    private static byte[] replaced(JsonNode valid, List<Object> steps, String value) throws Exception {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            parent = steps.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) steps.get(i));
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, TextNode.valueOf(MARK));
        } else {
            ((ObjectNode) parent).put((String) last, MARK);
        }
        return bytes(JSON.writeValueAsString(copy).replace("\"" + MARK + "\"", value));
    }

    /** The body with the bytes of its first string value replaced by an invalid UTF-8 sequence. */
    private static byte[] utf8Broken(JsonNode valid, List<Field> fields) throws Exception {
        String[] parts = new String(withText(valid, fields, "\"" + MARK + "\""), StandardCharsets.UTF_8).split(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(parts[0]));
        out.writeBytes(new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b'});
        out.writeBytes(bytes(parts[1]));
        return out.toByteArray();
    }

    /** The valid body with its first string value padded past the size limit. */
    private static byte[] oversize(JsonNode valid, List<Field> fields) throws Exception {
        return withText(valid, fields, "\"" + "a".repeat(OVERSIZE) + "\"");
    }

    /**
     * The valid body with its first string value set to the raw JSON {@code value}; a body of numbers only (an
     * indicator's target) gets it as an extra member.
     */
    private static byte[] withText(JsonNode valid, List<Field> fields, String value) throws Exception {
        Field text = fields.stream().filter(f -> !f.number()).findFirst().orElse(null);
        if (text != null) {
            return replaced(valid, text.steps(), value);
        }
        ObjectNode copy = valid.deepCopy();
        copy.put("comment", MARK);
        return bytes(JSON.writeValueAsString(copy).replace("\"" + MARK + "\"", value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void send(Operation operation, Prepared prepared, String name, String contentType, byte[] body,
                      int expected, String field) throws Exception {
        send(operation, prepared, name, contentType, body, expected, field, false);
    }

    /** {@code chunked}: the body without Content-Length (Transfer-Encoding: chunked), its size unknown beforehand. */
    private void send(Operation operation, Prepared prepared, String name, String contentType, byte[] body,
                      int expected, String field, boolean chunked) throws Exception {
        cases++;
        String before = prepared.state().get();
        HttpResponse<String> response;
        try {
            response = request(operation, prepared, contentType, chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body));
        } catch (java.io.IOException e) {
            failures.add(operation.id() + " [" + name + "]: no answer (" + e + ")");
            return;
        }
        String after = prepared.state().get();
        List<String> wrong = new ArrayList<>();
        if (response.statusCode() != expected) {
            wrong.add("status " + response.statusCode() + " instead of " + expected);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            wrong.add("Content-Type '" + type + "'");
        }
        if (field != null && type.startsWith("application/problem+json")) {
            List<String> named = new ArrayList<>();
            JSON.readTree(response.body()).path("errors").forEach(e -> named.add(e.path("field").asText()));
            if (!named.contains(field)) {
                wrong.add("fields named " + named + " instead of " + field);
            }
        }
        if (!before.equals(after)) {
            wrong.add("the resource changed");
        }
        if (!wrong.isEmpty()) {
            String detail = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
            failures.add(operation.id() + " [" + name + "]: " + String.join(", ", wrong) + " -- " + detail);
        }
    }

    private HttpResponse<String> request(Operation operation, Prepared prepared, String contentType, byte[] body)
            throws Exception {
        return request(operation, prepared, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> request(Operation operation, Prepared prepared, String contentType,
                                         HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + prepared.url()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + national)
                .header("Content-Type", contentType)
                .method(operation.method(), body);
        if (prepared.ifMatch() != null) {
            request.header("If-Match", prepared.ifMatch());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The table: a resource of its own and a valid body for each operation

    private Prepared registerCampusOp() {
        return new Prepared("/api/v1/campuses", null, "application/json", """
                {"designation":"Entrées refusées %s","familyCode":"MOBILITY_AERONAUTICS_TRANSPORT","regionCode":"76",
                 "academyCodes":["TOULOUSE"],"communicationNames":["Campus des entrées"]}""".formatted(UUID.randomUUID()),
                () -> String.valueOf(count("/api/v1/campuses")));
    }

    private Prepared patchCampusOp() {
        String campus = campus();
        return new Prepared("/api/v1/campuses/" + campus, etag("/api/v1/campuses/" + campus), MERGE_PATCH, """
                {"designation":"Renommé %s","familyCode":"MOBILITY_AERONAUTICS_TRANSPORT","regionCode":"76",
                 "academyCodes":["TOULOUSE"],"communicationNames":["Nom d'usage"]}""".formatted(UUID.randomUUID()),
                () -> read("/api/v1/campuses/" + campus));
    }

    private Prepared createCallOp() {
        String code = "BAD_INPUT_" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return new Prepared("/api/v1/calls", null, "application/json", """
                {"code":"%s","title":"Appel des entrées refusées","callDate":"2026-01-05","publication":"BO n°1",
                 "sections":[{"code":"A","label":"Section A"}],"requiredParts":["OPPORTUNITY_ANALYSIS"]}""".formatted(code),
                () -> String.valueOf(count("/api/v1/calls")));
    }

    private Prepared submitApplicationOp() {
        String campus = campus();
        return new Prepared("/api/v1/campuses/" + campus + "/applications", null, "application/json", """
                {"callCode":"CALL_2016","kind":"INITIAL","opportunityAnalysis":"Filière aéronautique",
                 "direccteInvolved":true,"employersInvolved":true,
                 "partnerCommitments":[{"partnerName":"Airbus","signedOn":"2016-03-01"}],
                 "trainingOfferCoherence":"Offre cohérente","crefopPresentationDate":"2016-03-15",
                 "indicators":[{"name":"Taux d'insertion","baseline":"70 %","target":"80 %"}]}""",
                () -> read("/api/v1/campuses/" + campus + "/history") + read("/api/v1/campuses/" + campus + "/label"));
    }

    private Prepared issueOpinionOp() {
        String application = application(campus());
        return new Prepared("/api/v1/applications/" + application + "/opinion", null, "application/json", """
                {"stars":2,"justification":"Partenariat à étoffer","issuingBody":"NATIONAL_EXPERT_GROUP",
                 "issuedOn":"2016-06-01"}""",
                () -> read("/api/v1/applications/" + application));
    }

    private Prepared decideApplicationOp() {
        String campus = campus();
        String application = application(campus);
        return new Prepared("/api/v1/applications/" + application + "/decision", null, "application/json",
                DECISION,
                () -> read("/api/v1/applications/" + application)
                + read("/api/v1/campuses/" + campus + "/label"));
    }

    /** A label granted for 5 years from 20 days ago: in force today. */
    private static final String DECISION = """
            {"outcome":"GRANTED","legalActReference":"Arrêté d'attribution du label","legalActDate":"%s",
             "startDate":"%s","durationYears":5}""".formatted(LocalDate.now().minusDays(30), LocalDate.now().minusDays(20));

    private Prepared withdrawLabelOp() {
        String campus = campus();
        String application = application(campus);
        given().auth().oauth2(national).contentType(ContentType.JSON).body(DECISION)
                .when().post("/api/v1/applications/" + application + "/decision").then().statusCode(200);
        return new Prepared("/api/v1/campuses/" + campus + "/label/withdrawal", etag("/api/v1/campuses/" + campus),
                "application/json", """
                {"withdrawnOn":"%s","legalActReference":"Arrêté de retrait","reason":"Réseau dissous"}"""
                .formatted(LocalDate.now().minusDays(10)),
                () -> read("/api/v1/campuses/" + campus + "/label") + etag("/api/v1/campuses/" + campus));
    }

    private Prepared putProfileOp() {
        String campus = campusKnownTo("/partners");
        return new Prepared("/api/v1/campuses/" + campus + "/profile", null, "application/json", """
                {"legalForm":"GIP","gipKind":"ACADEMIC_FCIP","legalFormSince":"2016-09-01","hasLegalPersonality":true,
                 "hasOwnBudget":true,
                 "supportEstablishment":{"name":"Lycée Saint-Exupéry","uai":"0310044A","type":"LYCEE","role":"CARRIER"},
                 "directorPost":{"exists":true,"fte":1.0,"vacant":false,"missionLetter":true},
                 "governance":{"steeringCommittee":true,"managementCommittee":true,"workingGroups":["Formation continue"],
                               "higherEducationInGovernance":true}}""",
                () -> read("/api/v1/campuses/" + campus + "/profile"));
    }

    private static final String PARTNER = """
            {"name":"Airbus","siret":"38347481400100","category":"COMPANY","companySize":"LARGE","sector":"PRIVATE",
             "trainingRole":"BOTH","membershipBasis":"SIGNED_COMMITMENT","inGovernance":true,
             "workingGroups":["Formation continue"],"joinedOn":"2015-03-01"}""";

    private Prepared addPartnerOp() {
        String campus = campusKnownTo("/partners");
        return new Prepared("/api/v1/campuses/" + campus + "/partners", null, "application/json", PARTNER,
                () -> read("/api/v1/campuses/" + campus + "/partners"));
    }

    private Prepared replacePartnerOp() {
        String campus = campusKnownTo("/partners");
        String partner = given().auth().oauth2(national).contentType(ContentType.JSON).body(PARTNER)
                .when().post("/api/v1/campuses/" + campus + "/partners").then().statusCode(201).extract().path("id");
        String url = "/api/v1/campuses/" + campus + "/partners/" + partner;
        return new Prepared(url, etag(url), "application/json", PARTNER.replace("\"LARGE\"", "\"SME\""),
                () -> read(url));
    }

    private Prepared putBudgetOp() {
        String campus = campusKnownTo("/budgets");
        return new Prepared("/api/v1/campuses/" + campus + "/budgets/" + YEAR, null, "application/json", """
                {"holder":"CAMPUS","holderName":"Lycée Saint-Exupéry",
                 "uses":[{"use":"OPERATIONAL_DIRECTOR","amountCents":8000000},{"use":"ACTIONS","amountCents":4000000}],
                 "contributions":[{"funderName":"Airbus","funderType":"COMPANY","amountCents":2400000,"nature":"CASH",
                                   "modality":"EX_ANTE","status":"GRANTED"}]}""",
                () -> read("/api/v1/campuses/" + campus + "/budgets/" + YEAR)
                + read("/api/v1/campuses/" + campus + "/funding-history"));
    }

    private Prepared putDirectorFundingOp() {
        String campus = campusKnownTo("/budgets");
        return new Prepared("/api/v1/campuses/" + campus + "/director-funding/" + YEAR, null, "application/json", """
                {"totalCostCents":8000000,"employerName":"Airbus","shares":[
                 {"funderName":"Airbus","funderType":"COMPANY","percent":30},
                 {"funderName":"Rectorat de Toulouse","funderType":"RECTORAT","percent":70}]}""",
                () -> read("/api/v1/campuses/" + campus + "/director-funding/" + YEAR)
                + read("/api/v1/campuses/" + campus + "/funding-history"));
    }

    private Prepared createEnvelopeOp() {
        String campus = campusKnownTo("/budgets");
        return new Prepared("/api/v1/funding-envelopes", null, "application/json", envelope(campus),
                () -> String.valueOf(count("/api/v1/funding-envelopes")));
    }

    private static String envelope(String campus) {
        return """
                {"funderName":"Région Occitanie","funderType":"REGION","totalCents":20000000,"startYear":%d,
                 "endYear":%d,"modality":"EX_POST","campusIds":["%s"]}""".formatted(YEAR - 1, YEAR, campus);
    }

    private Prepared allocateFromEnvelopeOp() {
        String campus = campusKnownTo("/budgets");
        String envelope = given().auth().oauth2(national).contentType(ContentType.JSON).body(envelope(campus))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id");
        String url = "/api/v1/funding-envelopes/" + envelope;
        return new Prepared(url + "/allocations", null, "application/json", """
                {"campusId":"%s","year":%d,"amountCents":100000}""".formatted(campus, YEAR),
                () -> read(url));
    }

    // Steering by results (issue 11): targets and values of the last complete year, the action plan, the self-assessment

    private Prepared putIndicatorTargetOp() {
        String campus = campusKnownTo("/indicators");
        return new Prepared("/api/v1/campuses/" + campus + "/indicators/PRESSURE_RATE/targets/" + (YEAR - 1), null,
                "application/json", "{\"value\":160.0}", () -> read("/api/v1/campuses/" + campus + "/indicators"));
    }

    private Prepared putIndicatorValueOp() {
        String campus = campusKnownTo("/indicators");
        return new Prepared("/api/v1/campuses/" + campus + "/indicators/PRESSURE_RATE/values/" + (YEAR - 1), null,
                "application/json", """
                {"numerator":45,"denominator":30,"source":"CAMPUS_REPORT","sourceReference":"Rapport annuel"}""",
                () -> read("/api/v1/campuses/" + campus + "/indicators"));
    }

    private static final String ACTION = """
            {"title":"Forum des métiers","theme":"COMMUNICATION","plannedBudgetCents":150000,"status":"DONE"}""";

    private Prepared addPlanActionOp() {
        String campus = campusKnownTo("/indicators");
        String actions = "/api/v1/campuses/" + campus + "/action-plans/" + (YEAR - 1) + "/actions";
        return new Prepared(actions, null, "application/json", ACTION, () -> read(actions));
    }

    private Prepared scorePlanActionOp() {
        String campus = campusKnownTo("/indicators");
        String actions = "/api/v1/campuses/" + campus + "/action-plans/" + (YEAR - 1) + "/actions";
        String action = given().auth().oauth2(national).contentType(ContentType.JSON).body(ACTION)
                .when().post(actions).then().statusCode(201).extract().path("id");
        String url = actions + "/" + action;
        return new Prepared(url + "/score", etag(url), "application/json", """
                {"score":75,"committeeDate":"%d-12-12"}""".formatted(YEAR - 1), () -> read(url) + read(actions));
    }

    private Prepared putSelfAssessmentOp() {
        String campus = campusKnownTo("/indicators");
        return new Prepared("/api/v1/campuses/" + campus + "/self-assessments/" + (YEAR - 1), null, "application/json",
                """
                {"strengths":["Partenariat"],"weaknesses":["Cibles"],"actionsDecided":["Fixer des cibles"],
                 "indicatorCodes":["PRESSURE_RATE"]}""",
                () -> read("/api/v1/campuses/" + campus + "/self-assessments"));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String campus() {
        return registerCampus("Entrées refusées " + UUID.randomUUID(), "MOBILITY_AERONAUTICS_TRANSPORT", "76", "TOULOUSE");
    }

    /** A new campus, once the service owning {@code /api/v1/campuses/{id}<probe>} has learnt it from the events. */
    private static String campusKnownTo(String probe) {
        String campus = campus();
        int known = 0;
        try {
            known = Await.until(Duration.ofSeconds(60), Duration.ofMillis(50),
                    () -> given().auth().oauth2(national).when().get("/api/v1/campuses/" + campus + probe).statusCode(),
                    status -> status == 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(200, known, "campus " + campus + " known behind " + probe);
        return campus;
    }

    private static String application(String campus) {
        return given().auth().oauth2(national).contentType(ContentType.JSON)
                .body("{\"callCode\":\"CALL_2016\",\"kind\":\"INITIAL\"}")
                .when().post("/api/v1/campuses/" + campus + "/applications").then().statusCode(201).extract().path("id");
    }

    private static String etag(String url) {
        return given().auth().oauth2(national).when().get(url).then().statusCode(200).extract().header("ETag");
    }

    /** Status, ETag and body of a read: equal before and after a refused write. */
    private static String read(String url) {
        Response response = given().auth().oauth2(national).when().get(url);
        return response.statusCode() + " " + response.header("ETag") + " " + response.asString();
    }

    /** The number of items of a paged collection, every page followed. */
    private static int count(String url) {
        int items = 0;
        String cursor = null;
        do {
            var request = given().auth().oauth2(national).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get(url);
            assertEquals(200, response.statusCode(), url);
            JsonNode page;
            try {
                page = JSON.readTree(response.asString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            JsonNode list = page.isArray() ? page : page.path("items");
            items += list.size();
            cursor = page.isObject() && page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
