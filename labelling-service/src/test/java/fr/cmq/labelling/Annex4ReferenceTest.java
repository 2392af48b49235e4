package fr.cmq.labelling;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register holds the 77 campuses of Annexe 4 as the report writes them: each row of the shipped
 * transcription (reference/annex4-campuses.tsv) is checked against the API, region and academies
 * through the reference data's codes and aliases.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class Annex4ReferenceTest {

    record Row(String id, String family, String region, String academies, String designation) {
    }

    static List<Row> rows = new ArrayList<>();
    static Map<String, String> regionCodes = new HashMap<>();
    static Map<String, String> academyCodes = new HashMap<>();
    static Map<String, String> familyCodes = new HashMap<>();

    @BeforeAll
    static void readTranscription() throws IOException {
        try (InputStream in = Annex4ReferenceTest.class.getResourceAsStream("/reference/annex4-campuses.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("row\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(f[1], f[2], f[3], f[4], f[5]));
            }
        }
    }

    private static void loadReference() {
        if (!regionCodes.isEmpty()) {
            return;
        }
        JsonPath regions = given().auth().oauth2(TestTokens.reader()).get("/api/v1/reference/regions").jsonPath();
        for (Map<String, Object> r : regions.<Map<String, Object>>getList("$")) {
            regionCodes.put((String) r.get("label"), (String) r.get("code"));
            for (Object alias : (List<?>) r.get("aliases")) {
                regionCodes.put((String) alias, (String) r.get("code"));
            }
        }
        JsonPath academies = given().auth().oauth2(TestTokens.reader()).get("/api/v1/reference/academies").jsonPath();
        for (Map<String, Object> a : academies.<Map<String, Object>>getList("$")) {
            academyCodes.put((String) a.get("code"), (String) a.get("code"));
            for (Object alias : (List<?>) a.get("aliases")) {
                academyCodes.put((String) alias, (String) a.get("code"));
            }
        }
        JsonPath families = given().auth().oauth2(TestTokens.reader()).get("/api/v1/reference/sector-families").jsonPath();
        for (Map<String, Object> f : families.<Map<String, Object>>getList("$")) {
            familyCodes.put((String) f.get("label"), (String) f.get("code"));
        }
    }

    /** A campus of the register whose source is Annexe 4 of the 2017 report (issue 13). */
    static boolean ofAnnex4(Map<String, Object> campus) {
        Map<?, ?> source = (Map<?, ?>) campus.get("source");
        return source != null && "REPORT_2017".equals(source.get("kind")) && "Annexe 4".equals(source.get("reference"));
    }

    @Test
    void theRegisterHoldsEveryCampusOfAnnex4AsWritten() {
        loadReference();
        assertEquals(77, rows.size(), "the transcription has the 77 rows of Annexe 4");
        JsonPath page = given().auth().oauth2(TestTokens.reader()).queryParam("limit", 500)
                .when().get("/api/v1/campuses").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> annex = page.<Map<String, Object>>getList("items").stream()
                .filter(Annex4ReferenceTest::ofAnnex4).toList();
        assertEquals(77, annex.size(), "77 campuses come from Annexe 4");
        Map<String, Map<String, Object>> byId = annex.stream()
                .collect(Collectors.toMap(c -> (String) c.get("id"), c -> c));
        for (Row row : rows) {
            Map<String, Object> campus = byId.get(row.id());
            assertNotNull(campus, "campus of row " + row);
            assertEquals(row.designation(), campus.get("designation"));
            assertEquals(regionCodes.get(row.region()), campus.get("regionCode"), row.toString());
            assertEquals(familyCodes.get(row.family()), campus.get("familyCode"), row.toString());
            List<String> expectedAcademies = java.util.Arrays.stream(row.academies().split("/"))
                    .map(academyCodes::get).toList();
            assertEquals(expectedAcademies, campus.get("academyCodes"), row.toString());
            assertEquals("NOT_RECORDED", ((Map<?, ?>) campus.get("label")).get("status"));
        }
    }

    @Test
    void regionAndFamilyFiltersAgreeWithTheAnnex() {
        loadReference();
        Map<String, Long> expected = rows.stream().collect(Collectors.groupingBy(
                r -> regionCodes.get(r.region()) + "/" + familyCodes.get(r.family()), Collectors.counting()));
        for (Map.Entry<String, Long> cell : expected.entrySet()) {
            String[] key = cell.getKey().split("/");
            long found = given().auth().oauth2(TestTokens.reader())
                    .queryParam("region", key[0]).queryParam("family", key[1]).queryParam("limit", 500)
                    .when().get("/api/v1/campuses").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("items").stream()
                    .filter(Annex4ReferenceTest::ofAnnex4).count();
            assertEquals(cell.getValue(), found, "region " + key[0] + ", family " + key[1]);
        }
        // Occitanie counts 9 campuses in the annex; Toulouse's aeronautics campus is found by its words.
        assertEquals(9, rows.stream().filter(r -> r.region().equals("Occitanie")).count());
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "aeronautique et spatial")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .body("items.designation", org.hamcrest.Matchers.hasItem("Aéronautique et spatial"));
        given().auth().oauth2(TestTokens.reader()).queryParam("academy", "CORSE")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .body("items.designation", org.hamcrest.Matchers.hasItem("Transition énergétique"));
    }

    @Test
    void csvExportCarriesTheSameRows() {
        String csv = given().auth().oauth2(TestTokens.reader()).queryParam("format", "csv").queryParam("region", "94")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("id,designation,familyCode,regionCode,academyCodes"))
                .body(containsString(",Transition énergétique,ENERGY_TRANSITION_ECO_INDUSTRY,94,CORSE,,NOT_RECORDED,,,"))
                .extract().asString();
        assertEquals(2, csv.split("\r\n").length, "header and the one Corsican campus");
        given().auth().oauth2(TestTokens.reader()).header("Accept", "text/csv").queryParam("q", "Produits agro")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .body(containsString(",NOT_RECORDED,,,REPORT_2017,Annexe 4\r\n"));
    }

    @Test
    void pagingWalksTheWholeRegisterOnceWithCursors() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.reader()).queryParam("limit", 20);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var answer = request.when().get("/api/v1/campuses").then().statusCode(200).extract();
            JsonPath page = answer.jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            // Link rel=next names the next page exactly when there is one
            String link = answer.header("Link");
            if (cursor == null) {
                assertNull(link);
            } else {
                assertTrue(link.matches("<[^>]*[?&]cursor=" + Pattern.quote(cursor) + "(&[^>]*)?>;\\s*rel=\"next\""), link);
            }
        } while (cursor != null);
        assertEquals(seen.size(), seen.stream().distinct().count());
        long total = given().auth().oauth2(TestTokens.reader()).queryParam("limit", 500).when().get("/api/v1/campuses")
                .jsonPath().getList("items").size();
        assertEquals(total, seen.size());
        given().auth().oauth2(TestTokens.reader()).queryParam("cursor", "garbage!")
                .when().get("/api/v1/campuses").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
        given().auth().oauth2(TestTokens.reader()).queryParam("labelStatus", "SLEEPING")
                .when().get("/api/v1/campuses").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("labelStatus"));
    }
}
