package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.events.AsyncApiDocument;
import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventContract;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every labelling event, as read from Kafka, is the contract's: its JSON Schema, its record, its CloudEvents headers. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class EventContractTest {

    @Inject
    DrivenClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyLabellingEventConformsToTheContract() {
        String campus = Api.registerCampus("Contrat des événements (test)", "76", "TOULOUSE");
        given().auth().oauth2(TestTokens.national()).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"1\"").body("{\"designation\": \"Contrat des événements (test, renommé)\"}")
                .when().patch("/api/v1/campuses/" + campus).then().statusCode(200);
        clock.set(LocalDate.of(2017, 3, 1));
        String application = LabelLifecycleTest.submit(campus, "CALL_2016");
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("stars", 3, "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-10"))
                .when().post("/api/v1/applications/" + application + "/opinion").then().statusCode(200);
        LabelLifecycleTest.decide(application, Map.of("outcome", "GRANTED", "legalActReference", "Arrêté du 9 février 2017",
                "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4)).statusCode(200);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).header("If-Match", Api.etag(campus))
                .body(Map.of("withdrawnOn", "2018-01-01", "legalActReference", "Arrêté de retrait", "reason", "Réseau dissous"))
                .when().post("/api/v1/campuses/" + campus + "/label/withdrawal").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Api.records(campus, 6);
        assertEquals(List.of("CampusRegistered", "CampusUpdated", "ApplicationSubmitted", "OpinionIssued", "LabelGranted",
                "LabelWithdrawn"), records.stream().map(r -> header(r, CloudEventHeaders.TYPE)
                .substring("fr.cmq.labelling.".length())).toList());
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = read(record.value());
            String type = event.get("type").asText();
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(AsyncApiDocument.envelopeSchema(type)).validate(event);
            assertTrue(errors.isEmpty(), type + ": " + errors);
            assertEquals(type, EventContract.parse(record.value()).type());
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(event.get("eventId").asText(), header(record, CloudEventHeaders.ID));
            assertEquals(campus, header(record, CloudEventHeaders.SUBJECT));
            assertEquals("/cmq/labelling-service", header(record, CloudEventHeaders.SOURCE));
        }

        CampusState renamed = (CampusState) EventContract.parse(records.get(1).value()).data();
        assertEquals("Contrat des événements (test, renommé)", renamed.designation());
        assertEquals(List.of("Contrat des événements (test)"), renamed.formerDesignations());
        assertEquals("Occitanie", renamed.regionName());
        assertEquals(Map.of("TOULOUSE", "Toulouse"), renamed.academyNames());
        assertEquals("Mobilité, aéronautique, transports terrestres et maritimes", renamed.familyLabel());

        LabelChange granted = (LabelChange) EventContract.parse(records.get(4).value()).data();
        assertEquals("GRANTED", granted.application().decision().outcome());
        assertEquals(List.of(), granted.application().missingRequiredParts());
        assertEquals("LABELLED", granted.label().status());
        assertEquals(LocalDate.of(2017, 3, 1), granted.label().asOf());
        assertEquals(LocalDate.of(2021, 2, 11), granted.label().expiryDate());
        assertEquals(3, granted.label().opinion().stars());
        assertEquals(List.of("APPLICATION_SUBMITTED", "OPINION_ISSUED", "LABEL_GRANTED"),
                granted.label().history().stream().map(h -> h.step()).toList());

        LabelChange withdrawn = (LabelChange) EventContract.parse(records.get(5).value()).data();
        assertNull(withdrawn.application());
        assertEquals(LocalDate.of(2018, 1, 1), withdrawn.label().withdrawnOn());
        assertEquals("LABEL_WITHDRAWN", withdrawn.label().history().get(3).step());
    }

    private static JsonNode read(String json) {
        try {
            return EventContract.objectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
