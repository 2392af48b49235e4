package fr.cmq.labelling;

import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.EventContract;
import fr.cmq.events.Topics;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.events.monitoring.SelfAssessmentState;
import fr.cmq.testing.Eventually;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The renewal rule of recommendation 15 ([10], [196]): under a call that requires SELF_ASSESSMENT, a renewal is refused
 * a decision until the campus has a self-assessment of the application's year or the year before, which labelling
 * learns from the monitoring service's SelfAssessmentSubmitted events on real Kafka (no call to monitoring).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class SelfAssessmentRenewalTest {

    private static final Map<String, Object> GRANT = Map.of("outcome", "GRANTED", "legalActReference", "Arrêté",
            "legalActDate", "2019-06-01", "startDate", "2019-06-01", "durationYears", 5);

    @Inject
    CmqClock clock;
    @Inject
    DataSource dataSource;

    @Test
    void aRenewalUnderACallThatRequiresASelfAssessmentIsDecidedOnlyOnceMonitoringPublishedOne() throws Exception {
        String code = "CALL_RENEWAL_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Renouvellement", "callDate", "2019-01-15",
                        "requiredParts", List.of("SELF_ASSESSMENT")))
                .when().post("/api/v1/calls").then().statusCode(201);
        String campus = Api.registerCampus("Auto-évaluation (test)", "76", "TOULOUSE");

        // a first application: the self-assessment is a renewal's part only
        Api.apply(TestTokens.national(), campus, Map.of("callCode", code, "kind", "INITIAL"))
                .statusCode(201).body("missingRequiredParts", equalTo(List.of()));
        String renewal = Api.apply(TestTokens.national(), campus, Map.of("callCode", code, "kind", "RENEWAL"))
                .statusCode(201).body("missingRequiredParts", equalTo(List.of("SELF_ASSESSMENT")))
                .extract().path("id");
        Api.decide(TestTokens.national(), renewal, GRANT).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("SELF_ASSESSMENT"));

        // monitoring publishes an old self-assessment, then one of the year before the application
        int year = clock.year();
        KafkaEvents.publish(Topics.MONITORING, List.of(submitted(campus, year - 3), submitted(campus, year - 1)));
        Eventually.get("the renewal holds its self-assessment", () -> {
            List<String> present = given().auth().oauth2(TestTokens.reader())
                    .when().get("/api/v1/applications/" + renewal).then().statusCode(200)
                    .extract().path("presentParts");
            return present.contains("SELF_ASSESSMENT") ? Optional.of(present) : Optional.empty();
        });
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/applications/" + renewal).then()
                .statusCode(200).body("missingRequiredParts", equalTo(List.of()));
        Api.decide(TestTokens.national(), renewal, GRANT).statusCode(200);
        Api.label(campus).statusCode(200).body("history.step", hasItem("LABEL_GRANTED"));
    }

    @Test
    void aSelfAssessmentOlderThanTheYearBeforeTheApplicationDoesNotCount() throws Exception {
        String code = "CALL_RENEWAL_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Renouvellement", "callDate", "2019-01-15",
                        "requiredParts", List.of("SELF_ASSESSMENT", "CREFOP_PRESENTATION")))
                .when().post("/api/v1/calls").then().statusCode(201);
        String campus = Api.registerCampus("Auto-évaluation ancienne (test)", "76", "TOULOUSE");
        int year = clock.year();
        KafkaEvents.publish(Topics.MONITORING, List.of(submitted(campus, year - 2)));
        Eventually.get("the old self-assessment is learnt", () -> learnt(campus, year - 2));

        String renewal = Api.apply(TestTokens.national(), campus, Map.of("callCode", code, "kind", "RENEWAL",
                        "crefopPresentationDate", "2019-03-01"))
                .statusCode(201).body("missingRequiredParts", equalTo(List.of("SELF_ASSESSMENT")))
                .extract().path("id");
        Api.decide(TestTokens.national(), renewal, GRANT).statusCode(422)
                .body("detail", containsString("SELF_ASSESSMENT"));
        Api.label(campus).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    /** Whether labelling's table holds the campus's self-assessment of that year (read over JDBC). */
    private Optional<Boolean> learnt(String campusId, int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from labelling.campus_self_assessment where campus_id = ? and year = ?")) {
            query.setObject(1, UUID.fromString(campusId));
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(true) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope submitted(String campusId, int year) {
        SelfAssessmentState state = new SelfAssessmentState(year, List.of("Force"), List.of("Faiblesse"),
                List.of("Action"), List.of("PRESSURE_RATE"));
        return new EventEnvelope(UUID.randomUUID(), MonitoringEventTypes.SELF_ASSESSMENT_SUBMITTED,
                UUID.fromString(campusId), Instant.now(), year, "test-monitoring", EventContract.toTree(state));
    }
}
