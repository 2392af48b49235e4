package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.events.Topics;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.KnownCampuses;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * What the funding tests share: the report's budget and director post as request bodies, campuses made known the way
 * production learns them (platform-testing {@code KnownCampuses}), the funding events read back from the real broker
 * ({@code KafkaEvents}), requests sent together, and JSON numbers read as BigDecimal so that percentages are
 * compared exactly.
 */
abstract class FundingTestSupport {

    /** Encadré 2 of the report: the Aérocampus had 2 MEUR from its region and 8 MEUR of own resources. */
    static final String AEROCAMPUS_BUDGET = """
            {"holder": "CAMPUS", "holderName": "Aérocampus Aquitaine",
             "uses": [{"use": "ACTIONS", "amountCents": 900000000}, {"use": "RUNNING_COSTS", "amountCents": 100000000}],
             "contributions": [
               {"funderName": "Région Nouvelle-Aquitaine", "funderType": "REGION", "amountCents": 200000000,
                "nature": "CASH", "modality": "EX_ANTE", "status": "GRANTED"},
               {"funderName": "Ventes de formations", "funderType": "OWN_RESOURCES", "amountCents": 800000000,
                "nature": "CASH", "modality": "EX_ANTE", "status": "PLANNED"}]}""";

    /** [97]: the Toulouse director, an Airbus employee, paid 30 % Airbus, 25 % rectorat, 25 % region, 20 % UIMM. */
    static final String TOULOUSE_DIRECTOR = """
            {"totalCostCents": 8000001, "employerName": "Airbus", "shares": [
              {"funderName": "Airbus", "funderType": "COMPANY", "percent": 30},
              {"funderName": "Rectorat de Toulouse", "funderType": "RECTORAT", "percent": 25},
              {"funderName": "Région Occitanie", "funderType": "REGION", "percent": 25},
              {"funderName": "UIMM", "funderType": "PROFESSIONAL_BRANCH", "percent": 20}]}""";

    @Inject
    CampusDirectory directory;

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** A request with a JSON body, sent with that token ({@code TestTokens.national()}, {@code regional("76")}...). */
    static RequestSpecification jsonAs(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** The statuses of {@code count} requests sent together from {@code threads} threads, in the order sent. */
    static List<Integer> concurrently(int count, int threads, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(pool.submit(() -> request.apply(index)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    /** A new campus of {@code regionCode}, known to this service once this returns. */
    UUID knownCampus(String designation, String regionCode) throws InterruptedException {
        return KnownCampuses.register(directory, designation, regionCode);
    }

    /** {@code count} new campuses of {@code regionCode}, designated "designation 1", "designation 2"... */
    List<UUID> knownCampuses(String designation, String regionCode, int count) throws InterruptedException {
        return KnownCampuses.register(directory, designation, regionCode, count);
    }

    /** The funding events of one campus, in order, once at least {@code count} of them are on the topic. */
    static List<JsonNode> events(UUID campusId, int count) {
        return KafkaEvents.events(Topics.FUNDING, campusId, count);
    }

    /** The Kafka records of one campus's funding events, in order, once at least {@code count} are on the topic. */
    static List<ConsumerRecord<String, String>> records(UUID campusId, int count) {
        return KafkaEvents.records(Topics.FUNDING, campusId, count);
    }
}
