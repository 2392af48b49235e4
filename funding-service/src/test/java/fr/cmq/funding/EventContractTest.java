package fr.cmq.funding;

import fr.cmq.events.CampusEvent;
import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventPayload;
import fr.cmq.events.funding.AllocationChange;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.testing.EventContractChecks;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every funding event, as read from Kafka, is the contract's: its JSON Schema, its record, its CloudEvents headers. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class EventContractTest extends FundingTestSupport {

    @Test
    void everyFundingEventConformsToTheContract() throws Exception {
        UUID campus = knownCampus("Contrat des événements de financement", "76");
        String budget = "/api/v1/campuses/" + campus + "/budgets/2026";
        String director = "/api/v1/campuses/" + campus + "/director-funding/2026";
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .when().put(budget).then().statusCode(201);
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .header("If-Match", "\"1\"").when().put(budget).then().statusCode(200);
        jsonAs(TestTokens.national()).body(TOULOUSE_DIRECTOR)
                .when().put(director).then().statusCode(201);
        jsonAs(TestTokens.national()).body(TOULOUSE_DIRECTOR)
                .header("If-Match", "\"1\"").when().put(director).then().statusCode(200);
        String envelope = jsonAs(TestTokens.national()).body("""
                        {"funderName": "Région Occitanie", "funderType": "REGION", "totalCents": 1000, "startYear": 2024,
                         "endYear": 2026, "modality": "EX_ANTE", "campusIds": ["%s"]}""".formatted(campus))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).extract().path("id");
        jsonAs(TestTokens.national())
                .body("{\"campusId\": \"" + campus + "\", \"year\": 2025, \"amountCents\": 300}")
                .when().post("/api/v1/funding-envelopes/" + envelope + "/allocations").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = records(campus, 6);
        List<CampusEvent<EventPayload>> events = records.stream().map(EventContractChecks::assertFollowsTheContract)
                .toList();
        assertEquals(List.of("BudgetDeclared", "BudgetUpdated", "DirectorFundingDeclared", "DirectorFundingUpdated",
                "EnvelopeCreated", "EnvelopeAllocated"), events.stream().map(CampusEvent::type).toList());
        assertEquals("/cmq/funding-service", KafkaEvents.header(records.get(0), CloudEventHeaders.SOURCE));

        BudgetState updated = (BudgetState) events.get(1).data();
        assertEquals("FORECAST", updated.kind());
        assertEquals(List.of(new BudgetState.FunderTypeShare("REGION", 200_000_000L, new BigDecimal("20.0")),
                new BudgetState.FunderTypeShare("OWN_RESOURCES", 800_000_000L, new BigDecimal("80.0"))),
                updated.sharesByFunderType());
        assertEquals(List.of(new BudgetState.ModalityShare("EX_ANTE", 1_000_000_000L, new BigDecimal("100.0"))),
                updated.sharesByModality());
        assertEquals(new BigDecimal("100.0"), updated.coverageRatioPercent());

        DirectorFundingState toulouse = (DirectorFundingState) events.get(3).data();
        assertEquals(new BigDecimal("75.0"), toulouse.nonRectoratPercent());
        assertEquals(List.of(2_400_001L, 2_000_000L, 2_000_000L, 1_600_000L),
                toulouse.shares().stream().map(DirectorFundingState.Share::amountCents).toList());

        EnvelopeState created = (EnvelopeState) events.get(4).data();
        assertEquals(1000L, created.remainingCents());
        assertEquals("Contrat des événements de financement", created.campuses().get(0).designation());
        AllocationChange allocated = (AllocationChange) events.get(5).data();
        assertEquals(300L, allocated.allocation().amountCents());
        assertEquals(700L, allocated.envelope().remainingCents());
        assertEquals(new BigDecimal("30.0"), allocated.envelope().allocatedPercent());
    }
}
