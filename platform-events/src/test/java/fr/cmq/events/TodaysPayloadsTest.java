package fr.cmq.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cmq.events.funding.AllocationChange;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.events.monitoring.LegalFormTransition;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.events.monitoring.ProfileState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events as the services published them before the contract (their API views as data, in
 * src/test/resources/samples) still read into the contract's records and conform to its JSON Schemas.
 */
class TodaysPayloadsTest {

    @ParameterizedTest
    @ValueSource(strings = {"CampusRegistered", "LabelGranted", "LabelWithdrawn", "ProfileChanged", "LegalFormChanged",
            "PartnerAdded", "BudgetDeclared", "DirectorFundingDeclared", "EnvelopeCreated", "EnvelopeAllocated"})
    void todaysEventsConformToTheContractSchemas(String type) throws IOException {
        ObjectNode event = (ObjectNode) EventContract.objectMapper().readTree(sample(type));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AsyncApiDocument.envelopeSchema(type));
        // the samples were published before the envelope carried its source (issue 13): only that is missing
        Set<ValidationMessage> legacy = schema.validate(event);
        assertEquals(1, legacy.size(), type + ": " + legacy);
        assertTrue(legacy.iterator().next().getMessage().contains("source"), type + ": " + legacy);
        event.set("source", EventContract.objectMapper().valueToTree(DECLARED_BY_OCCITANIE));
        Set<ValidationMessage> errors = schema.validate(event);
        assertTrue(errors.isEmpty(), type + ": " + errors);
        assertEquals(type, EventContract.parse(sample(type)).type());
        assertEquals(DECLARED_BY_OCCITANIE, EventContract.parse(event.toString()).source());
    }

    /** The envelope's source as a regional declaration carries it. */
    static final EventSource DECLARED_BY_OCCITANIE = new EventSource("DECLARED", null, "REGIONAL", "76", null, null);

    @ParameterizedTest
    @ValueSource(strings = {"LabelGranted", "ProfileChanged", "PartnerAdded", "BudgetDeclared", "EnvelopeCreated"})
    void anEventWithoutSourceReadsAsDeclared(String type) throws IOException {
        assertEquals(EventSource.LEGACY_DECLARED, EventContract.parse(sample(type)).source());
    }

    @Test
    void aLegacyCampusEventOfTheReferenceDataReadsAsAnnex4() throws IOException {
        assertEquals("DECLARED", EventContract.parse(sample("CampusRegistered")).source().kind(),
                "data.source null: entered through the API");
        ObjectNode event = (ObjectNode) EventContract.objectMapper().readTree(sample("CampusRegistered"));
        ((ObjectNode) event.get("data")).put("source", "Annexe 4, rapport IGAS/IGEN/IGAENR 2017");
        EventSource source = EventContract.parse(event.toString()).source();
        assertEquals("REPORT_2017", source.kind());
        assertEquals("Annexe 4", source.reference());
    }

    @Test
    void theSchemaRefusesAnUnknownSourceKind() throws IOException {
        ObjectNode event = (ObjectNode) EventContract.objectMapper().readTree(sample("BudgetDeclared"));
        event.set("source", EventContract.objectMapper().valueToTree(new EventSource("GUESSED", null, null, null, null, null)));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AsyncApiDocument.envelopeSchema("BudgetDeclared"));
        assertFalse(schema.validate(event).isEmpty());
    }

    @Test
    void aCampusEventReadsIntoCampusState() throws IOException {
        CampusEvent<EventPayload> event = EventContract.parse(sample("CampusRegistered"));
        CampusState campus = (CampusState) event.data();
        assertEquals("Campus Aéronautique et spatial", campus.designation());
        assertEquals("MOBILITY_AERONAUTICS_TRANSPORT", campus.familyCode());
        assertEquals("76", campus.regionCode());
        assertEquals(List.of("TOULOUSE"), campus.academyCodes());
        assertEquals(List.of("Campus Aéro"), campus.communicationNames());
        assertNull(campus.regionName(), "not carried before the contract");
        assertEquals(1, event.version());
        assertEquals("regional-occitanie", event.actor());
    }

    @Test
    void labelEventsReadIntoLabelChange() throws IOException {
        LabelChange granted = (LabelChange) EventContract.parse(sample("LabelGranted")).data();
        assertEquals("LABELLED", granted.label().status());
        assertEquals(LocalDate.parse("2026-03-01"), granted.label().startDate());
        assertEquals(LocalDate.parse("2031-03-01"), granted.label().expiryDate());
        assertEquals(5, granted.label().durationYears());
        assertEquals("AAP-2026", granted.label().callCode());
        assertEquals("Arrêté du 1er mars 2026", granted.label().legalActReference());
        assertEquals(4, granted.label().opinion().stars());
        assertEquals(2, granted.label().history().size());
        assertEquals("GRANTED", granted.application().decision().outcome());
        assertEquals("INITIAL", granted.application().kind());
        assertTrue(granted.application().missingRequiredParts().isEmpty());

        LabelChange withdrawn = (LabelChange) EventContract.parse(sample("LabelWithdrawn")).data();
        assertNull(withdrawn.application());
        assertEquals(LocalDate.parse("2027-06-01"), withdrawn.label().withdrawnOn());
    }

    @Test
    void monitoringEventsReadIntoTheirRecords() throws IOException {
        ProfileState profile = (ProfileState) EventContract.parse(sample("ProfileChanged")).data();
        assertEquals("ASSOCIATION", profile.legalForm());
        assertEquals("LYCEE", profile.supportEstablishment().type());
        assertTrue(profile.directorPost().exists());
        assertEquals(0, new BigDecimal("1.0").compareTo(profile.directorPost().fte()));
        assertEquals(List.of("Formation continue"), profile.governance().workingGroups());

        LegalFormTransition form = (LegalFormTransition) EventContract.parse(sample("LegalFormChanged")).data();
        assertEquals("GIP", form.legalForm());
        assertEquals("ASSOCIATION", form.previousLegalForm());

        PartnerChange partner = (PartnerChange) EventContract.parse(sample("PartnerAdded")).data();
        assertEquals("Airbus", partner.partner().name());
        assertEquals(1, partner.summary().totalActive());
        assertEquals(1, partner.summary().matrix().privateInitial());
        assertEquals(1L, partner.summary().byCategory().get("COMPANY"));
        assertEquals(8, partner.summary().flags().raised().size()); // the governance flag is two since [45]'s fix
        assertNull(partner.summary().signedCommitmentPercent(), "old events carried a fraction under another name");
    }

    @Test
    void fundingEventsReadIntoTheirRecords() throws IOException {
        BudgetState budget = (BudgetState) EventContract.parse(sample("BudgetDeclared")).data();
        assertEquals(2026, budget.year());
        assertEquals("FORECAST", budget.kind());
        assertEquals(10_000_000L, budget.totalResourcesCents());
        assertEquals(new BigDecimal("125.0"), budget.coverageRatioPercent());
        assertEquals(new BigDecimal("20.0"), budget.sharesByModality().get(0).percent());
        assertEquals("EX_ANTE", budget.sharesByModality().get(0).modality());
        assertEquals(new BigDecimal("100.0"), budget.nonRectoratPercent());
        assertNull(budget.holderName(), "omitted when null");
        assertEquals(2, budget.contributions().size());

        DirectorFundingState director = (DirectorFundingState) EventContract.parse(sample("DirectorFundingDeclared")).data();
        assertEquals(new BigDecimal("75.0"), director.nonRectoratPercent());
        assertEquals(2_400_000L, director.shares().get(0).amountCents());

        EnvelopeState envelope = (EnvelopeState) EventContract.parse(sample("EnvelopeCreated")).data();
        assertEquals(50_000_000L, envelope.remainingCents());
        AllocationChange allocated = (AllocationChange) EventContract.parse(sample("EnvelopeAllocated")).data();
        assertEquals(1_000_000L, allocated.allocation().amountCents());
        assertEquals(1_000_000L, allocated.envelope().campuses().get(0).drawnCents());
    }

    @Test
    void unknownFieldsAreIgnoredAndDecimalsStayExact() {
        var data = EventContract.objectMapper().createObjectNode()
                .put("designation", "X").put("familyCode", "F").put("regionCode", "76")
                .put("aFieldOfANewerProducer", 42);
        data.putArray("academyCodes").add("TOULOUSE");
        CampusState campus = EventContract.payload(data, CampusState.class);
        assertEquals("X", campus.designation());
        assertFalse(EventContract.payload(Topics.LABELLING, "SomethingNewer", data).isPresent());
        String json = EventContract.toTree(new DirectorFundingState(2026, 1, null, List.of(), new BigDecimal("25.0"),
                new BigDecimal("75.0"))).toString();
        assertTrue(json.contains("\"nonRectoratPercent\":75.0"), json);
    }

    static String sample(String type) throws IOException {
        try (InputStream in = TodaysPayloadsTest.class.getResourceAsStream("/samples/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
