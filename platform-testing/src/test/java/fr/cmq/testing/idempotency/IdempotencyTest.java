package fr.cmq.testing.idempotency;

import fr.cmq.common.idempotency.IdempotencyPurge;
import fr.cmq.events.Topics;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotency-Key on a POST (platform-common's IdempotencyFilter) through real HTTP, the real PostgreSQL and the real
 * Kafka broker, on a write made as every service makes one ({@link IdempotentWriteResource}): a use case's
 * transaction appending its event to the outbox.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class IdempotencyTest {

    private static final String PATH = "/test/idempotent-writes";

    @Inject
    EntityManager entityManager;
    @Inject
    IdempotencyPurge purge;
    @Inject
    Scheduler scheduler;

    @Test
    void theSameKeyAndBodyAnswerTheFirstAnswerAgainWithoutASecondWriteOrEvent() {
        String designation = unique("Campus rejoué");
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.national(), key, body(designation));
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"), "a first answer is not a replay");
        Response again = post(TestTokens.national(), key, body(designation));

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray(), "the same body, byte for byte");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("\"1\"", again.header("ETag"));
        assertEquals(first.contentType(), again.contentType());
        assertEquals(1, writesOf(designation), "one write");
        assertEquals(1, keptKeys("test-national", key), "its answer kept with it");
        UUID campus = UUID.fromString(first.path("id"));
        assertEquals(1, KafkaEvents.recordsAndAnyMore(Topics.LABELLING, campus, 1).size(), "one event on the topic");
    }

    @Test
    void anAnswerReturnedAsAnEntityIsReplayedToo() {
        String designation = unique("Campus d'une réponse 200");
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.national(), key, body(designation), PATH + "/plain");
        first.then().statusCode(200).contentType(ContentType.JSON).body("designation", equalTo(designation));
        Response again = post(TestTokens.national(), key, body(designation), PATH + "/plain");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, writesOf(designation));
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIs422AndWritesNothing() {
        String designation = unique("Campus de la clé réutilisée");
        String key = UUID.randomUUID().toString();
        post(TestTokens.national(), key, body(designation)).then().statusCode(201);

        for (Response reused : List.of(post(TestTokens.national(), key, body(designation + " bis")),
                post(TestTokens.national(), key, body(designation), PATH + "/plain"))) {
            reused.then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            assertNull(reused.header("Idempotent-Replayed"));
        }
        assertEquals(1, writesOf(designation));
        assertEquals(0, writesOf(designation + " bis"));
    }

    @Test
    void theSameKeyWhileTheFirstRequestIsInProgressIs409ThenTheRetryIsAReplay() throws Exception {
        String designation = unique("Campus en cours");
        String key = UUID.randomUUID().toString();
        IdempotentWriteResource.held = new CompletableFuture<>();
        IdempotentWriteResource.release = new CompletableFuture<>();
        String held = "{\"designation\":\"" + designation + "\",\"hold\":true}";
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(TestTokens.national(), key, held));
        IdempotentWriteResource.held.get(30, TimeUnit.SECONDS); // the first is inside its transaction

        Response concurrent = post(TestTokens.national(), key, held);
        concurrent.then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Response otherBody = post(TestTokens.national(), key, body(designation));
        otherBody.then().statusCode(409); // in progress: nothing is known yet about the first request's answer

        IdempotentWriteResource.release.complete(null);
        Response answered = first.get(30, TimeUnit.SECONDS);
        answered.then().statusCode(201);
        Response retry = post(TestTokens.national(), key, held);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertArrayEquals(answered.asByteArray(), retry.asByteArray());
        assertEquals(1, writesOf(designation));
    }

    @Test
    void keysArePerCaller() {
        String designation = unique("Campus de deux appelants");
        String key = UUID.randomUUID().toString();
        Response national = post(TestTokens.national(), key, body(designation));
        Response regional = post(TestTokens.regional("76"), key, body(designation));

        national.then().statusCode(201);
        regional.then().statusCode(201);
        assertNull(regional.header("Idempotent-Replayed"), "another caller's key is not this caller's");
        assertNotEquals(national.<String>path("id"), regional.<String>path("id"));
        assertEquals(2, writesOf(designation));
        post(TestTokens.regional("76"), key, body(designation)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(regional.path("id")));
    }

    @Test
    void anOutsiderLearnsNothingFromAKey() {
        String designation = unique("Campus d'une clé convoitée");
        String key = UUID.randomUUID().toString();
        post(TestTokens.national(), key, body(designation)).then().statusCode(201);

        post(TestTokens.reader(), key, body(designation)).then().statusCode(403)
                .header("Idempotent-Replayed", nullValue());
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(designation))
                .post(PATH).then().statusCode(401);
        given().header("Idempotency-Key", "").contentType(ContentType.JSON).body(body(designation))
                .post(PATH).then().statusCode(401); // who may write comes before what the key is worth
        assertEquals(1, writesOf(designation));
    }

    @Test
    void aKeyThatIsNotAValidValueIs400AndNothingIsWritten() {
        String designation = unique("Campus d'une clé invalide");
        for (String invalid : List.of("", "\"\"", "k".repeat(256), "clé", "two words", "\"unterminated",
                "\"a\"b", "\"bad\\escape\"")) {
            post(TestTokens.national(), invalid, body(designation)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.national()))
                .header("Idempotency-Key", "one").header("Idempotency-Key", "two")
                .contentType(ContentType.JSON).body(body(designation)).post(PATH).then().statusCode(400);
        assertEquals(0, writesOf(designation));

        String longest = "k".repeat(255);
        post(TestTokens.national(), longest, body(designation)).then().statusCode(201);
        post(TestTokens.national(), "\"" + longest + "\"", body(designation)).then().statusCode(201)
                .header("Idempotent-Replayed", "true"); // the sf-string "k..." is the key k...
        assertEquals(1, writesOf(designation));
    }

    @Test
    void aRefusedWriteKeepsNeitherItsChangesNorItsAnswer() {
        String designation = unique("Campus refusé");
        String key = UUID.randomUUID().toString();
        String refused = "{\"designation\":\"" + designation + "\",\"refuse\":true}";
        post(TestTokens.national(), key, refused).then().statusCode(422)
                .body("errors[0].field", equalTo("refuse"));
        post(TestTokens.national(), key, refused).then().statusCode(422)
                .header("Idempotent-Replayed", nullValue()); // tried again, refused again
        assertEquals(0, writesOf(designation), "the event appended before the refusal was rolled back");
        assertEquals(0, keptKeys("test-national", key));

        post(TestTokens.national(), key, body(designation)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        assertEquals(1, writesOf(designation));
    }

    @Test
    void withoutTheHeaderEveryPostWrites() {
        String designation = unique("Campus sans clé");
        given().header("Authorization", TestTokens.bearer(TestTokens.national())).contentType(ContentType.JSON)
                .body(body(designation)).post(PATH).then().statusCode(201);
        given().header("Authorization", TestTokens.bearer(TestTokens.national())).contentType(ContentType.JSON)
                .body(body(designation)).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        assertEquals(2, writesOf(designation));
    }

    @Test
    void thePurgeDeletesTheKeysOlderThanTheRetentionOnSchedule() {
        String designation = unique("Campus d'une clé ancienne");
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        post(TestTokens.national(), old, body(designation)).then().statusCode(201);
        post(TestTokens.national(), recent, body(designation + " récent")).then().statusCode(201);
        age(old, "25 hours");
        age(recent, "23 hours");

        assertTrue(purge.purge() >= 1);

        assertEquals(0, keptKeys("test-national", old));
        assertEquals(1, keptKeys("test-national", recent), "kept at least 24 hours");
        post(TestTokens.national(), recent, body(designation + " récent")).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        post(TestTokens.national(), old, body(designation)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()); // a purged key is a new key
        assertEquals(2, writesOf(designation));
        assertNotNull(scheduler.getScheduledJob(IdempotencyPurge.JOB), "the purge runs on schedule");
    }

    private static Response post(String token, String key, String body) {
        return post(token, key, body, PATH);
    }

    private static Response post(String token, String key, String body, String path) {
        RequestSpecification request = given().header("Authorization", TestTokens.bearer(token))
                .contentType(ContentType.JSON).body(body);
        return request.header("Idempotency-Key", key).post(path);
    }

    private static String body(String designation) {
        return "{\"designation\":\"" + designation + "\"}";
    }

    private static String unique(String designation) {
        return designation + " " + UUID.randomUUID();
    }

    private long writesOf(String designation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where cast(payload as jsonb) -> 'data' ->> 'designation' = :d")
                .setParameter("d", designation).getSingleResult()).longValue());
    }

    private long keptKeys(String caller, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from idempotent_request where caller = :caller and idempotency_key = :key")
                .setParameter("caller", caller).setParameter("key", key).getSingleResult()).longValue());
    }

    private void age(String key, String age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set created_at = now() - cast(:age as interval) where idempotency_key = :key")
                .setParameter("age", age).setParameter("key", key).executeUpdate());
    }
}
