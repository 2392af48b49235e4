package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class EnvelopeTest extends FundingTestSupport {

    private List<UUID> hautsDeFranceCampuses() throws Exception {
        return knownCampuses("Campus Hauts-de-France", "32", 6);
    }

    private static String envelope(List<UUID> campuses, long totalCents) {
        return """
                {"funderName": "Région Hauts-de-France", "funderType": "REGION", "totalCents": %d,
                 "startYear": 2016, "endYear": 2018, "modality": "EX_POST", "campusIds": [%s]}"""
                .formatted(totalCents, campuses.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")));
    }

    private static String allocation(UUID campus, int year, long amountCents) {
        return """
                {"campusId": "%s", "year": %d, "amountCents": %d}""".formatted(campus, year, amountCents);
    }

    /**
     * [110]: « 200 000 € sur 3 ans pour les six campus de la région Hauts-de-France ». The report gives no years and
     * does not say which six (Annexe 4 lists seven Hauts-de-France campuses): the years 2016-2018 and the six campuses
     * are this test's own. An allocation beyond the envelope is refused.
     */
    @Test
    void hautsDeFranceEnvelopeRefusesAnAllocationBeyondItsTotal() throws Exception {
        List<UUID> campuses = hautsDeFranceCampuses();
        String id = jsonAs(TestTokens.regional("32"))
                .body(envelope(campuses, 20_000_000L))
                .when().post("/api/v1/funding-envelopes")
                .then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", matchesPattern("http.*/api/v1/funding-envelopes/[0-9a-f-]{36}"))
                .body("totalCents", equalTo(20000000))
                .body("modality", equalTo("EX_POST"))
                .body("campuses", hasSize(6))
                .body("campuses.drawnCents", everyItem(equalTo(0)))
                .body("remainingCents", equalTo(20000000))
                .extract().path("id");
        String path = "/api/v1/funding-envelopes/" + id;

        // Six campuses draw 30 000 EUR each: 180 000 EUR of 200 000.
        for (UUID campus : campuses) {
            jsonAs(TestTokens.regional("32"))
                    .body(allocation(campus, 2017, 3_000_000L))
                    .when().post(path + "/allocations").then().statusCode(201).header("Location", endsWith(path));
        }
        // A seventh allocation of 30 000 EUR would exceed the envelope: refused, nothing stored.
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2018, 3_000_000L))
                .when().post(path + "/allocations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("amountCents"))
                .body("detail", equalTo("allocating 3000000 cents would exceed the envelope: 2000000 cents remain"
                        + " of 20000000"));
        given().auth().oauth2(TestTokens.reader()).when().get(path)
                .then().statusCode(200).header("ETag", "\"7\"")
                .body("allocations", hasSize(6))
                .body("allocatedCents", equalTo(18000000))
                .body("remainingCents", equalTo(2000000))
                .body("allocatedPercent", equalTo(dec("90.0")))
                .body("campuses.drawnCents", everyItem(equalTo(3000000)));
        // Exactly what remains is accepted; the first campus has then drawn 50 000 EUR.
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2018, 2_000_000L))
                .when().post(path + "/allocations")
                .then().statusCode(201).header("ETag", "\"8\"")
                .body("remainingCents", equalTo(0))
                .body("campuses[0].drawnCents", equalTo(5000000))
                .body("campuses[0].regionCode", equalTo("32"))
                .body("campuses[1].drawnCents", equalTo(3000000));
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(1), 2018, 1L))
                .when().post(path + "/allocations").then().statusCode(422);
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"8\"").when().get(path)
                .then().statusCode(304);

        List<JsonNode> first = events(campuses.get(0), 3);
        assertEquals(List.of("EnvelopeCreated", "EnvelopeAllocated", "EnvelopeAllocated"),
                first.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(20_000_000L, first.get(0).at("/data/totalCents").asLong());
        assertEquals(6, first.get(0).at("/data/campuses").size());
        assertEquals(2_000_000L, first.get(2).at("/data/allocation/amountCents").asLong());
        assertEquals(0L, first.get(2).at("/data/envelope/remainingCents").asLong());
        assertEquals(5_000_000L, first.get(2).at("/data/envelope/campuses/0/drawnCents").asLong());
        assertEquals("EnvelopeCreated", events(campuses.get(5), 1).get(0).get("type").asText());
    }

    @Test
    void allocationsStayWithinTheCampusesAndThePeriod() throws Exception {
        List<UUID> campuses = hautsDeFranceCampuses();
        UUID outside = knownCampus("Aéronautique", "84");
        String id = jsonAs(TestTokens.national())
                .body(envelope(campuses, 20_000_000L))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id");
        String path = "/api/v1/funding-envelopes/" + id + "/allocations";
        jsonAs(TestTokens.national()).body(allocation(outside, 2017, 100))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("campusId"));
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2019, 100))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("year"));
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2017, 0))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("amountCents"));
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2017, 100).replace("100}", "10.5}"))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("amountCents"));
        jsonAs(TestTokens.national())
                .body(allocation(UUID.randomUUID(), 2017, 100))
                .when().post(path).then().statusCode(404).contentType("application/problem+json");
        jsonAs(TestTokens.national())
                .body(allocation(campuses.get(0), 2017, 100))
                .when().post("/api/v1/funding-envelopes/" + UUID.randomUUID() + "/allocations")
                .then().statusCode(404).contentType("application/problem+json");
        // Regional scoping: another region's token and a reader cannot allocate.
        jsonAs(TestTokens.regional("84"))
                .body(allocation(campuses.get(0), 2017, 100))
                .when().post(path).then().statusCode(403).contentType("application/problem+json");
        jsonAs(TestTokens.regional("84"))
                .body(allocation(campuses.get(0), 2017, 0))
                .when().post(path).then().statusCode(403);
        jsonAs(TestTokens.reader())
                .body(allocation(campuses.get(0), 2017, 100))
                .when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/funding-envelopes/" + id)
                .then().statusCode(200).body("allocations", hasSize(0));
    }

    @Test
    void creationIsValidatedAndScoped() throws Exception {
        List<UUID> campuses = hautsDeFranceCampuses();
        UUID occitanie = knownCampus("Aéronautique et spatial", "76");
        List<UUID> mixed = new ArrayList<>(campuses);
        mixed.add(occitanie);
        jsonAs(TestTokens.regional("32")).body(envelope(mixed, 100))
                .when().post("/api/v1/funding-envelopes")
                .then().statusCode(403).contentType("application/problem+json");
        jsonAs(TestTokens.reader()).body(envelope(campuses, 100))
                .when().post("/api/v1/funding-envelopes").then().statusCode(403);
        // Decided before the body is validated: an invalid envelope covering another region's campus is 403.
        jsonAs(TestTokens.regional("32")).body(envelope(mixed, 0))
                .when().post("/api/v1/funding-envelopes").then().statusCode(403);
        invalid(envelope(campuses, 100).replace("\"endYear\": 2018", "\"endYear\": 2015"), "endYear");
        invalid(envelope(campuses, 100).replace("\"startYear\": 2016", "\"startYear\": 2010"), "startYear");
        invalid(envelope(campuses, 0), "totalCents");
        invalid(envelope(campuses, 100_000_000_001L), "totalCents");
        invalid(envelope(campuses, 100).replace("EX_POST", "LATER"), "modality");
        invalid(envelope(campuses, 100).replace("\"REGION\"", "\"KING\""), "funderType");
        invalid(envelope(List.of(campuses.get(0), campuses.get(0)), 100), "campusIds[1]");
        invalid(envelope(List.of(), 100), "campusIds");
        jsonAs(TestTokens.national())
                .body(envelope(List.of(campuses.get(0), UUID.randomUUID()), 100))
                .when().post("/api/v1/funding-envelopes").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/funding-envelopes/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsEnvelopesByPagesAndByCampus() throws Exception {
        UUID campus = knownCampus("Textile, mode, cuir, design", "84");
        UUID other = knownCampus("Energies campus", "84");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(jsonAs(TestTokens.national())
                    .body(envelope(List.of(campus), 50_000))
                    .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id"));
        }
        jsonAs(TestTokens.national()).body(envelope(List.of(other), 1))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201);
        var first = given().auth().oauth2(TestTokens.reader()).queryParam("campusId", campus.toString())
                .queryParam("limit", 2)
                .when().get("/api/v1/funding-envelopes")
                .then().statusCode(200).body("items", hasSize(2)).extract();
        String next = first.path("nextCursor");
        // The Link header names the same next page: this query with the next cursor.
        assertTrue(first.header("Link").matches("<http.*/api/v1/funding-envelopes\\?.*cursor=" + next
                + ".*>; rel=\"next\""), first.header("Link"));
        given().auth().oauth2(TestTokens.reader()).queryParam("campusId", campus.toString())
                .queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/api/v1/funding-envelopes")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .header("Link", nullValue());
        List<String> listed = given().auth().oauth2(TestTokens.reader()).queryParam("campusId", campus.toString())
                .when().get("/api/v1/funding-envelopes").then().statusCode(200).extract().path("items.id");
        assertEquals(ids.stream().sorted().toList(), listed);
        given().auth().oauth2(TestTokens.reader()).queryParam("limit", 0).when().get("/api/v1/funding-envelopes")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.reader()).queryParam("cursor", "%%%").when().get("/api/v1/funding-envelopes")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.reader()).queryParam("campusId", other.toString())
                .when().get("/api/v1/funding-envelopes").then().statusCode(200)
                .body("items.totalCents", contains(1));
    }

    @Test
    void concurrentAllocationsNeverExceedTheEnvelope() throws Exception {
        List<UUID> campuses = hautsDeFranceCampuses();
        String id = jsonAs(TestTokens.national())
                .body(envelope(campuses, 10_000))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id");
        String path = "/api/v1/funding-envelopes/" + id + "/allocations";
        String token = TestTokens.national();
        List<Integer> statuses = concurrently(12, 6, i -> jsonAs(token)
                .body(allocation(campuses.get(i % 6), 2017, 3_000)).when().post(path).then().extract().statusCode());
        // 3 x 30 EUR fit in 100 EUR, a fourth does not: exactly three accepted, the others refused.
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/funding-envelopes/" + id)
                .then().statusCode(200).body("allocatedCents", equalTo(9000)).body("remainingCents", equalTo(1000));
    }

    private static void invalid(String body, String field) {
        jsonAs(TestTokens.national()).body(body)
                .when().post("/api/v1/funding-envelopes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
