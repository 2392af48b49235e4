package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A label's life on the calendar: granted, renewal due, expired; and the events it publishes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class LabelLifecycleTest extends DrivenClockTest {

    @Test
    void aLabelGrantedOn14April2016For4YearsFollowsTheCalendar() throws Exception {
        String campus = Api.registerCampus("Aéronautique et spatial (test)", "76", "TOULOUSE");
        clock.set(LocalDate.of(2016, 1, 10));
        String application = Api.apply(TestTokens.national(), campus, Map.of("callCode", "CALL_2015", "kind", "INITIAL",
                        "opportunityAnalysis", "Filière aéronautique et spatiale d'Occitanie",
                        "direccteInvolved", true, "employersInvolved", true,
                        "partnerCommitments", List.of(Map.of("partnerName", "Airbus", "signedOn", "2015-06-01")),
                        "crefopPresentationDate", "2015-09-15",
                        "indicators", List.of(Map.of("name", "Taux d'insertion", "baseline", "70 %", "target", "80 %"))))
                .statusCode(201)
                .body("callCode", equalTo("CALL_2015"))
                .body("presentParts", hasItem("CREFOP_PRESENTATION"))
                .extract().path("id");
        labelOn(campus).body("status", equalTo("IN_PROGRESS")).body("pendingApplicationId", equalTo(application));
        Api.opinion(TestTokens.national(), application,
                        Map.of("stars", 3, "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2016-02-15"))
                .statusCode(200).body("opinion.stars", equalTo(3));

        clock.set(LocalDate.of(2016, 4, 14));
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED",
                        "legalActReference", "Arrêté du 12 avril 2016 (JO n°0088 du 14 avril 2016)",
                        "legalActDate", "2016-04-12", "startDate", "2016-04-14", "durationYears", 4))
                .statusCode(200).body("decision.expiryDate", equalTo("2020-04-14"));
        labelOn(campus).body("status", equalTo("LABELLED"))
                .body("startDate", equalTo("2016-04-14")).body("expiryDate", equalTo("2020-04-14"))
                .body("durationYears", equalTo(4)).body("callCode", equalTo("CALL_2015"))
                .body("opinion.stars", equalTo(3)).body("pendingApplicationId", nullValue())
                .body("history.step", equalTo(List.of("APPLICATION_SUBMITTED", "OPINION_ISSUED", "LABEL_GRANTED")))
                .body("history.kind", equalTo(List.of("INITIAL", "INITIAL", "INITIAL")))
                .body("history[1].opinion.stars", equalTo(3))
                .body("history[1].opinion.issuingBody", equalTo("NATIONAL_EXPERT_GROUP"))
                .body("history[1].detail", equalTo("3 étoile(s) - NATIONAL_EXPERT_GROUP - 2016-02-15"))
                .body("history[2].decision.startDate", equalTo("2016-04-14"))
                .body("history[2].decision.durationYears", equalTo(4))
                .body("history[2].opinion", nullValue());

        statusOn(campus, LocalDate.of(2019, 4, 13), "LABELLED");
        statusOn(campus, LocalDate.of(2019, 4, 14), "RENEWAL_DUE");
        registerWithStatus("RENEWAL_DUE").body("items.id", hasItem(campus));
        given().auth().oauth2(TestTokens.reader()).queryParam("before", "2020-06-30")
                .when().get("/api/v1/labels/renewals-due").then().statusCode(200).body("campusId", hasItem(campus));
        given().auth().oauth2(TestTokens.reader()).queryParam("before", "2020-04-13")
                .when().get("/api/v1/labels/renewals-due").then().statusCode(200).body("campusId", not(hasItem(campus)));
        statusOn(campus, LocalDate.of(2020, 4, 13), "RENEWAL_DUE");
        statusOn(campus, LocalDate.of(2020, 4, 14), "EXPIRED");
        registerWithStatus("EXPIRED").body("items.id", hasItem(campus));

        List<JsonNode> events = Api.events(campus, 4);
        assertEquals(List.of("CampusRegistered", "ApplicationSubmitted", "OpinionIssued", "LabelGranted"),
                events.stream().map(e -> e.get("type").asText()).toList());
        JsonNode granted = events.get(3);
        assertEquals(4, granted.get("version").asLong());
        assertEquals("2020-04-14", granted.at("/data/label/expiryDate").asText());
        assertEquals("LABELLED", granted.at("/data/label/status").asText());
        assertEquals("GRANTED", granted.at("/data/application/decision/outcome").asText());
    }

    @Test
    void aWithdrawnLabelReadsWithdrawnAndARefusalReadsRefused() throws Exception {
        String campus = Api.registerCampus("Campus retiré (test)", "84", "LYON");
        clock.set(LocalDate.of(2017, 3, 1));
        String application = Api.submit(campus, "CALL_2016");
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference",
                "Arrêté du 9 février 2017", "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 5))
                .statusCode(200);
        labelOn(campus).body("expiryDate", equalTo("2022-02-11"));
        Map<String, String> withdrawal = Map.of("withdrawnOn", "2018-01-01", "legalActReference", "Arrêté de retrait",
                "reason", "Réseau dissous");
        Api.withdraw(TestTokens.national(), campus, null, withdrawal)
                .statusCode(428).contentType("application/problem+json");
        Api.withdraw(TestTokens.national(), campus, "\"1\"", withdrawal)
                .statusCode(412).contentType("application/problem+json");
        Api.withdraw(TestTokens.regional("76"), campus, Api.etag(campus), withdrawal).statusCode(403);
        assertEquals("\"3\"", Api.etag(campus));
        // the answer carries the campus's new ETag, the one a read gives next
        Api.withdraw(TestTokens.national(), campus, "\"3\"", withdrawal)
                .statusCode(200).header("ETag", "\"4\"").body("withdrawnOn", equalTo("2018-01-01"));
        assertEquals("\"4\"", Api.etag(campus));
        clock.set(LocalDate.of(2018, 1, 2));
        labelOn(campus).body("status", equalTo("WITHDRAWN"))
                .body("history[2].step", equalTo("LABEL_WITHDRAWN"))
                .body("history[2].withdrawal.withdrawnOn", equalTo("2018-01-01"))
                .body("history[2].withdrawal.legalActReference", equalTo("Arrêté de retrait"));
        Api.withdraw(TestTokens.national(), campus, "\"4\"", withdrawal).statusCode(409);
        assertEquals("LabelWithdrawn", Api.events(campus, 4).get(3).get("type").asText());

        String refused = Api.registerCampus("Campus refusé (test)", "84", "LYON");
        String refusedApplication = Api.submit(refused, "CALL_2016");
        Api.decide(TestTokens.national(), refusedApplication, Map.of("outcome", "REFUSED", "legalActReference",
                "Décision de refus", "legalActDate", "2017-02-09")).statusCode(200);
        labelOn(refused).body("status", equalTo("REFUSED"));
        assertEquals("LabelRefused", Api.events(refused, 3).get(2).get("type").asText());
    }

    /** Moves the date to {@code day}, where the campus's label must read {@code status}. */
    private void statusOn(String campus, LocalDate day, String status) {
        clock.set(day);
        labelOn(campus).body("status", equalTo(status));
    }

    private static ValidatableResponse labelOn(String campus) {
        return Api.label(campus).statusCode(200);
    }

    /** The register filtered on a label status today (one page of 500). */
    private static ValidatableResponse registerWithStatus(String status) {
        return given().auth().oauth2(TestTokens.reader()).queryParam("labelStatus", status).queryParam("limit", 500)
                .when().get("/api/v1/campuses").then().statusCode(200);
    }
}
