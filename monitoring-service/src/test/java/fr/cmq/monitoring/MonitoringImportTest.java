package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.events;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The profile and partner lines of a region's bulk import, over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class MonitoringImportTest {

    static final String PATH = "/api/v1/imports/regions/76/monitoring";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    CampusDirectory directory;

    static String profile(UUID campus) {
        return "{\"record\":\"profile\",\"campusId\":\"" + campus + "\",\"legalForm\":\"ASSOCIATION\","
                + "\"legalFormSince\":\"2014-01-15\",\"hasLegalPersonality\":true,\"hasOwnBudget\":true,"
                + "\"directorPost\":{\"exists\":true,\"fte\":1.0,\"vacant\":false,\"missionLetter\":true},"
                + "\"governance\":{\"steeringCommittee\":true,\"managementCommittee\":true,"
                + "\"workingGroups\":[\"Orientation\"],\"higherEducationInGovernance\":false}}";
    }

    static String partner(UUID campus, UUID partner, String name, String siret) {
        return "{\"record\":\"partner\",\"campusId\":\"" + campus + "\",\"partnerId\":\"" + partner + "\",\"name\":\""
                + name + "\"" + (siret == null ? "" : ",\"siret\":\"" + siret + "\"")
                + ",\"category\":\"COMPANY\",\"companySize\":\"LARGE\",\"sector\":\"PRIVATE\","
                + "\"trainingRole\":\"CONTINUING\",\"membershipBasis\":\"SIGNED_COMMITMENT\",\"inGovernance\":true}";
    }

    static Response post(String token, String type, String body) {
        return given().auth().oauth2(token).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH);
    }

    @Test
    void goodLinesAreStoredWithTheSingleWritesEventsBadOnesRejectedAndAReplayChangesNothing() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique et spatial", "76");
        UUID elsewhere = KnownCampuses.register(directory, "Ailleurs", "11");
        UUID airbus = UUID.randomUUID();
        UUID thales = UUID.randomUUID();
        UUID sameSiret = UUID.randomUUID();
        String file = String.join("\n",
                profile(campus),
                partner(campus, airbus, "Airbus", "38347481400100"),
                partner(campus, UUID.randomUUID(), "Bad SIRET", "12345678901234"),
                partner(campus, thales, "Thales", null),
                // a rule that reads the database (an active partner has this SIRET): rolls its batch back, alone
                partner(campus, sameSiret, "Airbus bis", "38347481400100"),
                profile(elsewhere),
                partner(UUID.randomUUID(), UUID.randomUUID(), "Nowhere", null),
                "{\"record\":\"budget\",\"campusId\":\"" + campus + "\"}");

        post(TestTokens.regional("76"), NDJSON, file).then().statusCode(200)
                .body("lines", equalTo(8)).body("created", equalTo(3)).body("rejected", equalTo(5))
                .body("results.outcome", contains("CREATED", "CREATED", "REJECTED", "CREATED", "REJECTED", "REJECTED",
                        "REJECTED", "REJECTED"))
                .body("results[1].id", equalTo(airbus.toString()))
                .body("results[2].errors.field", contains("siret"))
                .body("results[4].errors.field", contains("siret"))
                .body("results[5].errors.field", contains("campusId"))
                .body("results[6].errors.field", contains("campusId"))
                .body("results[7].errors.field", contains("record"));

        reader().when().get("/api/v1/campuses/" + campus + "/partners/" + airbus).then().statusCode(200)
                .body("name", equalTo("Airbus"));
        reader().when().get("/api/v1/campuses/" + campus + "/partners/" + sameSiret).then().statusCode(404);
        reader().when().get("/api/v1/campuses/" + elsewhere + "/profile").then().statusCode(404);
        List<String> published = types(events(campus, 4));
        assertEquals(List.of("LegalFormChanged", "ProfileChanged", "PartnerAdded", "PartnerAdded"), published);

        // the same file again: every stored line UNCHANGED, no event
        post(TestTokens.national(), NDJSON, file).then().statusCode(200)
                .body("unchanged", equalTo(3)).body("created", equalTo(0)).body("updated", equalTo(0));
        // a changed partner: PartnerUpdated, as its PUT
        post(TestTokens.national(), NDJSON, partner(campus, thales, "Thales Alenia Space", null)).then()
                .statusCode(200).body("results[0].outcome", equalTo("UPDATED"));
        List<JsonNode> after = events(campus, 5);
        assertEquals(List.of("LegalFormChanged", "ProfileChanged", "PartnerAdded", "PartnerAdded", "PartnerUpdated"),
                types(after));
    }

    @Test
    void csvProfilesUseDottedColumnsForTheirNestedFields() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Industrie du futur", "76");
        String csv = "record;campusId;legalForm;hasLegalPersonality;hasOwnBudget;directorPost.exists;directorPost.fte;"
                + "directorPost.vacant;directorPost.missionLetter;governance.steeringCommittee;"
                + "governance.managementCommittee;governance.workingGroups;governance.higherEducationInGovernance\n"
                + "profile;" + campus + ";ASSOCIATION;true;false;true;0.5;false;true;true;false;Orientation|Emploi;true\n"
                + "profile;" + campus + ";ASSOCIATION;yes;false;true;0.5;false;true;true;false;;true\n";
        post(TestTokens.national(), "text/csv", csv).then().statusCode(200)
                .body("results.outcome", contains("CREATED", "REJECTED"))
                .body("results[1].line", equalTo(3))
                .body("results[1].errors[0].field", equalTo("hasLegalPersonality"));
        reader().when().get("/api/v1/campuses/" + campus + "/profile").then().statusCode(200)
                .body("directorPost.fte", equalTo(0.5f))
                .body("governance.workingGroups", contains("Orientation", "Emploi"));
    }

    @Test
    void everyLineRefused400AndOtherRegions403BeforeTheBody() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Refusé", "76");
        post(TestTokens.national(), NDJSON, partner(campus, UUID.randomUUID(), "", null)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("line 1: name"));
        reader().when().get("/api/v1/campuses/" + campus + "/partners").then().statusCode(200)
                .body("items.size()", equalTo(0));
        post(TestTokens.regional("11"), NDJSON, "{broken").then().statusCode(403);
    }
}
