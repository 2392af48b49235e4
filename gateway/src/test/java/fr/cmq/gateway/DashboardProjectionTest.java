package fr.cmq.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.Topics;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The read model follows the register's events: once per event, newest version wins. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class DashboardProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void projectsRegisterEventsIdempotentlyAndInVersionOrder() throws Exception {
        UUID campusId = UUID.randomUUID();
        EventEnvelope registered = event(campusId, "CampusRegistered", 1, "Aéronautique", List.of("AIX-MARSEILLE"));
        publish(registered);
        awaitDesignation(campusId, "Aéronautique");

        publish(new EventEnvelope(registered.eventId(), "CampusRegistered", campusId, Instant.now(), 1, "replay",
                campus("Replayed", List.of("NICE"))));
        EventEnvelope newer = event(campusId, "CampusUpdated", 3, "Campus Henri Fabre", List.of("AIX-MARSEILLE"));
        ((ObjectNode) newer.data()).put("aFieldOfANewerContract", "ignored"); // forward compatible: read anyway
        publish(newer);
        publish(event(campusId, "CampusUpdated", 2, "Stale", List.of("NICE")));
        publish(event(campusId, "CampusSplit", 4, "A type this gateway does not know yet", List.of("NICE"))); // skipped
        UUID marker = UUID.randomUUID();
        publish(event(marker, "CampusRegistered", 1, "Marker", List.of("NICE")));
        awaitDesignation(marker, "Marker");

        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/dashboard/campuses/" + campusId)
                .then().statusCode(200)
                .body("row.designation", equalTo("Campus Henri Fabre"))
                .body("row.academyCodes", contains("AIX-MARSEILLE"))
                .body("row.regionCode", equalTo("93"))
                .body("row.labelStatus", equalTo("NOT_RECORDED"))
                .body("row.missing", contains("LEGAL_FORM", "PARTNERS", "FORECAST_BUDGET"));
        given().auth().oauth2(TestTokens.reader()).queryParam("region", "93").queryParam("limit", 500)
                .when().get("/api/v1/dashboard/campuses")
                .then().statusCode(200);
    }

    @Test
    void unknownCampusIs404ProblemAndReadsNeedAToken() {
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/dashboard/campuses/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/dashboard/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).queryParam("limit", 0).when().get("/api/v1/dashboard/campuses")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    private static void awaitDesignation(UUID campusId, String designation) throws InterruptedException {
        Events.awaitValue(() -> given().auth().oauth2(TestTokens.reader()).when()
                .get("/api/v1/dashboard/campuses/" + campusId).jsonPath(), "row.designation", designation);
    }

    private static EventEnvelope event(UUID campusId, String type, long version, String designation,
                                       List<String> academies) {
        return new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                campus(designation, academies));
    }

    private static ObjectNode campus(String designation, List<String> academies) {
        ObjectNode data = JSON.createObjectNode();
        data.put("designation", designation);
        data.put("familyCode", "MOBILITY_AERONAUTICS_TRANSPORT");
        data.put("regionCode", "93");
        academies.forEach(data.putArray("academyCodes")::add);
        return data;
    }

    private static void publish(EventEnvelope event) throws Exception {
        Events.publish(Topics.LABELLING, event);
    }
}
