package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.events.EventContract;
import fr.cmq.events.monitoring.SelfAssessmentState;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.PROBLEM;
import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static fr.cmq.monitoring.MonitoringTestSupport.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The annual self-assessment (recommendation 15) over real HTTP, PostgreSQL and Kafka. Today is 15 March 2018. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class SelfAssessmentTest {

    static final String ASSESSMENT = """
            {"strengths": ["Partenariat solide avec les entreprises de la filière"],
             "weaknesses": ["Aucune cible chiffrée avant 2017", "Mixité des parcours exceptionnelle"],
             "actionsDecided": ["Fixer une cible de taux de pression par établissement"],
             "indicatorCodes": ["PRESSURE_RATE", "ACTION_PLAN_COMPLETION"]}""";

    @Inject
    CampusDirectory directory;
    @Inject
    DrivenClock clock;

    @BeforeEach
    void inMarch2018() {
        clock.set(LocalDate.of(2018, 3, 15));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String assessment(UUID campus, int year) {
        return "/api/v1/campuses/" + campus + "/self-assessments/" + year;
    }

    @Test
    void aSelfAssessmentIsSubmittedReplacedWithIfMatchAndPublished() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique", "84");
        national().body(ASSESSMENT).when().put(assessment(campus, 2017)).then().statusCode(201)
                .header("ETag", "\"1\"").body("year", equalTo(2017))
                .body("indicatorCodes", equalTo(List.of("PRESSURE_RATE", "ACTION_PLAN_COMPLETION")));
        national().body(ASSESSMENT).when().put(assessment(campus, 2017)).then().statusCode(428);
        national().header("If-Match", "\"1\"").body(ASSESSMENT).when().put(assessment(campus, 2017)).then()
                .statusCode(200).header("ETag", "\"1\""); // unchanged: same version, no event
        String changed = ASSESSMENT.replace("\"PRESSURE_RATE\", ", "\"PRESSURE_RATE\", \"MIXED_CLASSES\", ");
        national().header("If-Match", "\"1\"").body(changed).when().put(assessment(campus, 2017)).then()
                .statusCode(200).header("ETag", "\"2\"").body("indicatorCodes.size()", equalTo(3));
        reader().when().get(assessment(campus, 2017)).then().statusCode(200).body("weaknesses.size()", equalTo(2));
        reader().when().get("/api/v1/campuses/" + campus + "/self-assessments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].year", equalTo(2017));
        reader().when().get(assessment(campus, 2016)).then().statusCode(404).contentType(PROBLEM);

        List<JsonNode> events = MonitoringTestSupport.events(campus, 2);
        assertEquals(List.of("SelfAssessmentSubmitted", "SelfAssessmentSubmitted"), types(events));
        SelfAssessmentState state = EventContract.payload(events.get(1).get("data"), SelfAssessmentState.class);
        assertEquals(2017, state.year());
        assertEquals(List.of("PRESSURE_RATE", "MIXED_CLASSES", "ACTION_PLAN_COMPLETION"), state.indicatorCodes());
    }

    @Test
    void theRulesAreProblemsAndRegionalTokensWriteOnlyTheirRegion() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Transition énergétique", "76");
        refused(national().body(ASSESSMENT.replace("ACTION_PLAN_COMPLETION", "HAPPINESS"))
                .when().put(assessment(campus, 2017)), 400, "indicatorCodes[1]");
        refused(national().body(ASSESSMENT.replace("ACTION_PLAN_COMPLETION", "PRESSURE_RATE"))
                .when().put(assessment(campus, 2017)), 400, "indicatorCodes[1]");
        refused(national().body(ASSESSMENT.replace("\"Partenariat solide avec les entreprises de la filière\"", ""))
                .when().put(assessment(campus, 2017)), 400, "strengths");
        refused(national().body(ASSESSMENT).when().put(assessment(campus, 2019)), 422, "year");
        refused(national().body(ASSESSMENT).when().put(assessment(campus, 2012)), 400, "year");
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON).body("{}")
                .when().put(assessment(campus, 2017)).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(ASSESSMENT)
                .when().put(assessment(campus, 2017)).then().statusCode(403);
        reader().when().get("/api/v1/campuses/" + campus + "/self-assessments").then().statusCode(200)
                .body("size()", equalTo(0));
        regional("76").body(ASSESSMENT).when().put(assessment(campus, 2018)).then().statusCode(201);
        assertEquals(List.of("SelfAssessmentSubmitted"), types(MonitoringTestSupport.events(campus, 1)));
    }
}
