package fr.cmq.labelling;

import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventContract;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.testing.EventContractChecks;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every labelling event, as read from Kafka, is the contract's: its JSON Schema, its record, its CloudEvents headers. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class EventContractTest extends DrivenClockTest {

    @Test
    void everyLabellingEventConformsToTheContract() {
        String campus = Api.registerCampus("Contrat des événements (test)", "76", "TOULOUSE");
        given().auth().oauth2(TestTokens.national()).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"1\"").body("{\"designation\": \"Contrat des événements (test, renommé)\"}")
                .when().patch("/api/v1/campuses/" + campus).then().statusCode(200);
        clock.set(LocalDate.of(2017, 3, 1));
        String application = Api.submit(campus, "CALL_2016");
        Api.opinion(TestTokens.national(), application,
                Map.of("stars", 3, "issuingBody", "NATIONAL_EXPERT_GROUP", "issuedOn", "2017-01-10")).statusCode(200);
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference",
                "Arrêté du 9 février 2017", "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4))
                .statusCode(200);
        Api.withdraw(TestTokens.national(), campus, Api.etag(campus), Map.of("withdrawnOn", "2018-01-01",
                "legalActReference", "Arrêté de retrait", "reason", "Réseau dissous")).statusCode(200);

        List<ConsumerRecord<String, String>> records = Api.records(campus, 6);
        assertEquals(List.of("CampusRegistered", "CampusUpdated", "ApplicationSubmitted", "OpinionIssued", "LabelGranted",
                "LabelWithdrawn"), records.stream().map(r -> KafkaEvents.header(r, CloudEventHeaders.TYPE)
                .substring("fr.cmq.labelling.".length())).toList());
        for (ConsumerRecord<String, String> record : records) {
            EventContractChecks.assertFollowsTheContract(record);
            assertEquals("/cmq/labelling-service", KafkaEvents.header(record, CloudEventHeaders.SOURCE));
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
}
