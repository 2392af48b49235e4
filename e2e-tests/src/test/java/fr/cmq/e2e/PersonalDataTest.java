package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, point 7: no personal data where it does not belong. Writes and reads with tokens minted for this test and
 * a marker string in the bodies; then (1) the audit trails show who wrote only to a national token, (2) the public
 * exports (the national table in JSON and CSV, the campus detail, the change feed, the web page and its CSV) hold no
 * budget holder name (here a person's name, as someone could type it), and (3) no log file of the platform holds one
 * of the tokens, a part of one, the body marker or that name.
 */
class PersonalDataTest extends EndToEndTest {

    private static final int YEAR = LocalDate.now().getYear();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String marker = "MARQUEUR-CORPS-" + run;
    private final String personName = "Jeanne Exemple-" + run;

    @Test
    void trailsExportsAndLogsHoldNoPersonalData() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("national", platform.tokens().national("e2e-pd-national-" + run));
        tokens.put("regional 76", platform.tokens().regional("e2e-pd-occitanie-" + run, "76"));
        tokens.put("regional 84", platform.tokens().regional("e2e-pd-ara-" + run, "84"));
        tokens.put("reader", platform.tokens().reader("e2e-pd-reader-" + run));
        tokens.put("expired", platform.tokens().mint("e2e-pd-expired-" + run, "national", null, Duration.ofSeconds(-120)));
        String occitanie = tokens.get("regional 76");

        // --- writes, accepted and refused, each carrying the marker --------------------------------------------------
        String campus = given().auth().oauth2(occitanie).contentType(ContentType.JSON)
                .body(Map.of("designation", "Campus " + marker, "familyCode", "MOBILITY_AERONAUTICS_TRANSPORT",
                        "regionCode", "76", "academyCodes", List.of("TOULOUSE")))
                .post("/api/v1/campuses").then().statusCode(201).extract().path("id");
        String partner = """
                {"name":"Partenaire %s","category":"GRETA","sector":"PUBLIC","trainingRole":"CONTINUING",
                 "membershipBasis":"CONVENTION","inGovernance":false}""".formatted(marker);
        Await.status(() -> given().auth().oauth2(occitanie).contentType(ContentType.JSON).body(partner)
                .post("/api/v1/campuses/" + campus + "/partners").statusCode(), 201);
        String budget = """
                {"holder":"SUPPORT_ESTABLISHMENT","holderName":"%s",
                 "uses":[{"use":"OPERATIONAL_DIRECTOR","amountCents":5000000}],
                 "contributions":[{"funderName":"Région %s","funderType":"REGION","amountCents":5000000,
                 "nature":"CASH","modality":"EX_ANTE","status":"GRANTED"}]}""".formatted(personName, marker);
        Await.status(() -> given().auth().oauth2(occitanie).contentType(ContentType.JSON).body(budget)
                .put("/api/v1/campuses/" + campus + "/budgets/" + YEAR).statusCode(), 201);
        given().auth().oauth2(tokens.get("national")).contentType(ContentType.JSON).body("""
                {"totalCostCents":6000000,"employerName":"Lycée %s",
                 "shares":[{"funderName":"Rectorat %s","funderType":"RECTORAT","percent":100}]}""".formatted(marker, marker))
                .put("/api/v1/campuses/" + campus + "/director-funding/" + YEAR).then().statusCode(201);
        int refused = 0;
        // another region's token (403), a reader (403), an expired token (401), a bad body (400), a NUL character
        refused += expectRefused(tokens.get("regional 84"), "/api/v1/campuses/" + campus + "/partners", partner, 403);
        refused += expectRefused(tokens.get("reader"), "/api/v1/campuses/" + campus + "/partners", partner, 403);
        refused += expectRefused(tokens.get("expired"), "/api/v1/campuses/" + campus + "/partners", partner, 401);
        refused += expectRefused(occitanie, "/api/v1/campuses/" + campus + "/partners",
                partner.replace("\"GRETA\"", "\"" + marker + "\""), 400);
        refused += expectRefused(occitanie, "/api/v1/campuses",
                "{\"designation\":\"" + marker + "\",\"familyCode\":\"MOBILITY_AERONAUTICS_TRANSPORT\\u0000" + marker
                        + "\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}", 0);

        // --- the public exports, once the events have reached the national table ----------------------------------
        String reader = tokens.get("reader");
        JsonPath detail = Await.until(Duration.ofSeconds(60), Duration.ofMillis(100),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus).jsonPath(),
                d -> d.get("row.forecastBudgetCents") != null && d.getList("directorFundings") != null
                        && d.getList("directorFundings").size() == 1
                        && Integer.valueOf(1).equals(d.get("row.activePartners")));
        assertEquals("SUPPORT_ESTABLISHMENT", detail.getString("budgets[0].holder"), "the holder stays, as a code");
        List<String> exports = new ArrayList<>();
        Map<String, String> exported = new LinkedHashMap<>();
        exported.put("campus detail (JSON)", given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus)
                .then().statusCode(200).extract().asString());
        exported.put("national table (JSON)", given().auth().oauth2(reader).queryParam("q", marker)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString());
        exported.put("national table (CSV)", given().auth().oauth2(reader).queryParam("q", marker)
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString());
        exported.put("change feed", changeFeed(reader));
        exported.put("web page of the campus", page("/campus/" + campus, reader));
        exported.put("web page's CSV export", page("/export.csv?q=" + marker, reader));
        for (Map.Entry<String, String> export : exported.entrySet()) {
            assertFalse(export.getValue().contains(personName), export.getKey() + " holds the holder name");
            exports.add(export.getKey());
        }
        for (String export : List.of("campus detail (JSON)", "national table (JSON)", "national table (CSV)",
                "change feed", "web page of the campus", "web page's CSV export")) {
            assertTrue(exported.get(export).contains(marker), export + " shows this campus");
        }
        assertTrue(exported.get("web page of the campus").contains("L'établissement support")
                        || exported.get("web page of the campus").contains("L&#39;établissement support")
                        || exported.get("web page of the campus").contains("L&#x27;établissement support"),
                "the page names the holder by its kind");
        // The owning service still answers what was written to those who write it (not an export).
        given().auth().oauth2(occitanie).get("/api/v1/campuses/" + campus + "/budgets/" + YEAR)
                .then().statusCode(200);

        // --- the trails: who wrote, for national tokens only ---------------------------------------------------------
        int withoutActor = 0;
        int withActor = 0;
        for (String trail : List.of("/api/v1/campuses/" + campus + "/history",
                "/api/v1/campuses/" + campus + "/funding-history")) {
            for (String role : List.of("reader", "regional 76", "regional 84")) {
                List<Map<String, Object>> entries = given().auth().oauth2(tokens.get(role)).get(trail)
                        .then().statusCode(200).extract().jsonPath().getList("$");
                assertFalse(entries.isEmpty(), trail);
                for (Map<String, Object> entry : entries) {
                    assertFalse(entry.containsKey("actor"), role + " sees who wrote in " + trail + ": " + entry);
                    withoutActor++;
                }
            }
            List<Map<String, Object>> entries = given().auth().oauth2(tokens.get("national")).get(trail)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            for (Map<String, Object> entry : entries) {
                assertTrue(String.valueOf(entry.get("actor")).startsWith("e2e-pd-"), "national sees who: " + entry);
                withActor++;
            }
        }

        // --- the logs: no token, no part of one, no body marker, no holder name ---------------------------------------
        Thread.sleep(1_000); // what the services log about these requests is written
        Path logs = platform.postgres().dataDirectory().getParent().resolve("logs");
        List<Path> files;
        try (Stream<Path> list = Files.walk(logs)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        tokens.forEach((role, token) -> {
            secrets.put(role + " token", token);
            String[] parts = token.split("\\.");
            secrets.put(role + " token's claims", parts[1]);
            secrets.put(role + " token's signature", parts[2]);
        });
        secrets.put("body marker", marker);
        secrets.put("holder name", personName);
        long bytes = 0;
        List<String> found = new ArrayList<>();
        boolean startupLineSeen = false;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1); // any byte, never a decoding error
            bytes += text.length();
            startupLineSeen |= text.contains("Listening on");
            secrets.forEach((what, secret) -> {
                if (text.contains(secret)) {
                    found.add(what + " in " + file.getFileName());
                }
            });
        }
        System.out.printf("[personal-data] %d log files (%d bytes) searched for %d strings (%d tokens and their"
                        + " parts, the body marker, the holder name) after %d writes and %d refused ones: %d found;"
                        + " trails: %d entries without actor for reader/regional, %d with actor for national;"
                        + " %d exports without the holder name%n", files.size(), bytes, secrets.size(), tokens.size(),
                4, refused, found.size(), withoutActor, withActor, exports.size());
        assertTrue(files.size() >= 4, "the four services' logs: " + files);
        assertTrue(startupLineSeen, "the search reads the services' logs (their start-up line is found)");
        assertEquals(List.of(), found, "personal data or secrets in the logs");
    }

    /** A write that must be refused with {@code status} (0: any 4xx or 5xx); the count of refused writes (1). */
    private static int expectRefused(String token, String path, String body, int status) {
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
        if (status == 0) {
            assertTrue(response.statusCode() >= 400, path + " accepted " + body);
        } else {
            assertEquals(status, response.statusCode(), path);
        }
        return 1;
    }

    /** Every page of the change feed from its start, one after the other. */
    private static String changeFeed(String token) {
        StringBuilder all = new StringBuilder();
        String since = null;
        for (int page = 0; page < 100; page++) {
            var request = given().auth().oauth2(token).queryParam("limit", 500);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath answer = request.get("/api/v1/dashboard/changes").then().statusCode(200).extract().jsonPath();
            if (answer.getList("items").isEmpty()) {
                break;
            }
            all.append(answer.prettify());
            since = answer.getString("nextSince");
        }
        return all.toString();
    }

    /** A page of the gateway's web site (HTML or its CSV), as a browser of a logged-in reader would get it. */
    private static String page(String path, String token) {
        return given().auth().oauth2(token).redirects().follow(false).get(path)
                .then().statusCode(200).extract().asString();
    }
}
