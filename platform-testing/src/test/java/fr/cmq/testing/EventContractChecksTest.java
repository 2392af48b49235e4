package fr.cmq.testing;

import fr.cmq.events.CampusEvent;
import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventContract;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract check itself, on records built by hand: it passes a conforming record and fails each fault. */
class EventContractChecksTest {

    private static final UUID CAMPUS = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2017-02-11T09:30:00.125Z");
    private static final CampusState STATE = new CampusState("Campus de la mer", "MATERIALS", null, "53", null,
            List.of("RENNES"), null, List.of(), List.of(), null);

    @Test
    void aRecordAsTheRelayPublishesItFollowsTheContract() {
        assertEquals(STATE, EventContractChecks.assertFollowsTheContract(record(envelope(STATE), Map.of())).data());
    }

    @Test
    void aValueThatBreaksTheSchemaFails() {
        CampusState withoutRegion = new CampusState("Campus de la mer", "MATERIALS", null, null, null,
                List.of("RENNES"), null, List.of(), List.of(), null);
        assertThrows(AssertionFailedError.class,
                () -> EventContractChecks.assertFollowsTheContract(record(envelope(withoutRegion), Map.of())));
    }

    @Test
    void eachWrongOrMissingHeaderFails() {
        for (String header : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.CONTENT_TYPE)) {
            assertThrows(AssertionFailedError.class, () -> EventContractChecks.assertFollowsTheContract(
                    record(envelope(STATE), Map.of(header, "2017-02-11T09:30:01Z"))), header + " wrong");
            assertThrows(AssertionFailedError.class, () -> EventContractChecks.assertFollowsTheContract(
                    record(envelope(STATE), Map.of(header, ""))), header + " missing");
        }
    }

    private static String envelope(CampusState data) {
        return EventContract.toJson(new CampusEvent<>(EVENT, LabellingEventTypes.CAMPUS_REGISTERED, CAMPUS, AT, 1,
                "test", data));
    }

    /** A record of the labelling topic with the relay's headers, except those given ("" leaves one out). */
    private static ConsumerRecord<String, String> record(String value, Map<String, String> changed) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.LABELLING, 0, 0L, CAMPUS.toString(), value);
        CloudEventHeaders.of(Topics.LABELLING, EVENT, LabellingEventTypes.CAMPUS_REGISTERED, AT, CAMPUS)
                .forEach((name, text) -> {
                    String header = changed.getOrDefault(name, text);
                    if (!header.isEmpty()) {
                        record.headers().add(name, header.getBytes(StandardCharsets.UTF_8));
                    }
                });
        return record;
    }
}
