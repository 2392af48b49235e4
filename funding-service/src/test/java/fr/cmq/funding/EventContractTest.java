package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cmq.events.AsyncApiDocument;
import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventContract;
import fr.cmq.events.funding.AllocationChange;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every funding event, as read from Kafka, is the contract's: its JSON Schema, its record, its CloudEvents headers. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class EventContractTest extends FundingTestSupport {

    private static final String BUDGET = """
            {"holder": "CAMPUS", "uses": [{"use": "ACTIONS", "amountCents": 1000000000}], "contributions": [
               {"funderName": "Région", "funderType": "REGION", "amountCents": 200000000, "nature": "CASH",
                "modality": "EX_ANTE", "status": "GRANTED"},
               {"funderName": "Ventes de formations", "funderType": "OWN_RESOURCES", "amountCents": 800000000,
                "nature": "CASH", "modality": "EX_POST", "status": "PLANNED"}]}""";
    private static final String DIRECTOR = """
            {"totalCostCents": 8000001, "employerName": "Airbus", "shares": [
              {"funderName": "Airbus", "funderType": "COMPANY", "percent": 30},
              {"funderName": "Rectorat de Toulouse", "funderType": "RECTORAT", "percent": 25},
              {"funderName": "Région Occitanie", "funderType": "REGION", "percent": 25},
              {"funderName": "UIMM", "funderType": "PROFESSIONAL_BRANCH", "percent": 20}]}""";

    @Test
    void everyFundingEventConformsToTheContract() throws Exception {
        UUID campus = knownCampus("Contrat des événements de financement", "76");
        String budget = "/api/v1/campuses/" + campus + "/budgets/2026";
        String director = "/api/v1/campuses/" + campus + "/director-funding/2026";
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(BUDGET)
                .when().put(budget).then().statusCode(201);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(BUDGET)
                .header("If-Match", "\"1\"").when().put(budget).then().statusCode(200);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(DIRECTOR)
                .when().put(director).then().statusCode(201);
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(DIRECTOR)
                .header("If-Match", "\"1\"").when().put(director).then().statusCode(200);
        String envelope = given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body("""
                        {"funderName": "Région Occitanie", "funderType": "REGION", "totalCents": 1000, "startYear": 2024,
                         "endYear": 2026, "modality": "EX_ANTE", "campusIds": ["%s"]}""".formatted(campus))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body("{\"campusId\": \"" + campus + "\", \"year\": 2025, \"amountCents\": 300}")
                .when().post("/api/v1/funding-envelopes/" + envelope + "/allocations").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = records(campus, 6);
        assertEquals(List.of("BudgetDeclared", "BudgetUpdated", "DirectorFundingDeclared", "DirectorFundingUpdated",
                "EnvelopeCreated", "EnvelopeAllocated"), records.stream().map(r -> header(r, CloudEventHeaders.TYPE)
                .substring("fr.cmq.funding.".length())).toList());
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = EventContract.objectMapper().readTree(record.value());
            String type = event.get("type").asText();
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(AsyncApiDocument.envelopeSchema(type)).validate(event);
            assertTrue(errors.isEmpty(), type + ": " + errors);
            assertEquals(type, EventContract.parse(record.value()).type());
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(event.get("eventId").asText(), header(record, CloudEventHeaders.ID));
            assertEquals(campus.toString(), header(record, CloudEventHeaders.SUBJECT));
            assertEquals("/cmq/funding-service", header(record, CloudEventHeaders.SOURCE));
        }

        BudgetState updated = (BudgetState) EventContract.parse(records.get(1).value()).data();
        assertEquals("FORECAST", updated.kind());
        assertEquals(List.of(new BudgetState.FunderTypeShare("REGION", 200_000_000L, new BigDecimal("20.0")),
                new BudgetState.FunderTypeShare("OWN_RESOURCES", 800_000_000L, new BigDecimal("80.0"))),
                updated.sharesByFunderType());
        assertEquals(List.of("EX_ANTE", "EX_POST"), updated.sharesByModality().stream()
                .map(BudgetState.ModalityShare::modality).toList());
        assertEquals(new BigDecimal("100.0"), updated.coverageRatioPercent());

        DirectorFundingState toulouse = (DirectorFundingState) EventContract.parse(records.get(3).value()).data();
        assertEquals(new BigDecimal("75.0"), toulouse.nonRectoratPercent());
        assertEquals(List.of(2_400_001L, 2_000_000L, 2_000_000L, 1_600_000L),
                toulouse.shares().stream().map(DirectorFundingState.Share::amountCents).toList());

        EnvelopeState created = (EnvelopeState) EventContract.parse(records.get(4).value()).data();
        assertEquals(1000L, created.remainingCents());
        assertEquals("Contrat des événements de financement", created.campuses().get(0).designation());
        AllocationChange allocated = (AllocationChange) EventContract.parse(records.get(5).value()).data();
        assertEquals(300L, allocated.allocation().amountCents());
        assertEquals(700L, allocated.envelope().remainingCents());
        assertEquals(new BigDecimal("30.0"), allocated.envelope().allocatedPercent());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
