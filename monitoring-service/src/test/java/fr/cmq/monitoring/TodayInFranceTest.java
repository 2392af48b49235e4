package fr.cmq.monitoring;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static org.hamcrest.Matchers.equalTo;

/** "Today" is the date in France (Europe/Paris, the platform's CmqClock), not the date in UTC. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class TodayInFranceTest {

    @Inject
    CampusDirectory directory;

    @Inject
    DrivenClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** At 22:30 UTC on 30 June 2026 it is already 1 July in Paris: the defaults and the checks use 1 July. */
    @Test
    void defaultDatesAreTheDateInFrance() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Minuit", "76");
        clock.advance(Duration.between(Instant.now(), Instant.parse("2026-06-30T22:30:00Z")));

        national().body(ProfileTest.TOULOUSE_PROFILE.replace(", \"legalFormSince\": \"2014-01-15\"", ""))
                .when().put("/api/v1/campuses/" + campus + "/profile")
                .then().statusCode(201).body("legalFormSince", equalTo("2026-07-01"));

        String partners = "/api/v1/campuses/" + campus + "/partners";
        String first = national().body(PartnerTest.AIRBUS).when().post(partners).then().statusCode(201)
                .extract().path("id");
        // 1 July is today in France, not in the future.
        national().header("If-Match", "\"1\"").body(PartnerTest.AIRBUS.replace("\"joinedOn\": \"2014-01-15\"",
                        "\"joinedOn\": \"2014-01-15\", \"leftOn\": \"2026-07-01\""))
                .when().put(partners + "/" + first).then().statusCode(200).body("leftOn", equalTo("2026-07-01"));
        refused(national().body(PartnerTest.GRETA.replace("\"inGovernance\": false",
                        "\"inGovernance\": false, \"leftOn\": \"2026-07-02\"")).when().post(partners), 422, "leftOn");
        // Without a date, the departure is recorded on today in France.
        String second = national().body(PartnerTest.LAB).when().post(partners).then().statusCode(201)
                .extract().path("id");
        national().header("If-Match", "\"1\"")
                .when().delete(partners + "/" + second).then().statusCode(200).body("leftOn", equalTo("2026-07-01"));
    }
}
