package fr.cmq.monitoring;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The platform's conditional requests (RFC 9110) on every endpoint that has them: each read answers an ETag and
 * If-None-Match gives 304 for the current tag, weak or strong, alone or in a list, or {@code *}; each write on an
 * existing resource needs If-Match: missing is 428, stale (or weak) is 412, a list naming the current tag or
 * {@code *} goes through.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ConditionalRequestsTest {

    @Inject
    CampusDirectory directory;

    @Test
    void everyReadAnswersAnETagAndHonoursIfNoneMatch() throws Exception {
        String region = "E" + UUID.randomUUID().toString().substring(0, 6);
        UUID campus = KnownCampuses.register(directory, "Conditional reads", region);
        String base = "/api/v1/campuses/" + campus;
        national().body(ProfileTest.TOULOUSE_PROFILE).when().put(base + "/profile").then().statusCode(201);
        String partner = national().body(PartnerTest.AIRBUS).when().post(base + "/partners").then().statusCode(201)
                .extract().path("id");

        for (String path : List.of(base + "/profile", base + "/profile/history", base + "/partners",
                base + "/partners/" + partner, base + "/partners/summary",
                "/api/v1/monitoring/legal-forms/distribution?region=" + region, "/api/v1/reference/partner-categories")) {
            String tag = reader().when().get(path).then().statusCode(200).header("ETag", notNullValue())
                    .extract().header("ETag");
            for (String current : List.of(tag, "W/" + tag, "\"other\", " + tag, "W/\"other\",W/" + tag, "*")) {
                reader().header("If-None-Match", current).when().get(path)
                        .then().statusCode(304).header("ETag", equalTo(tag));
            }
            reader().header("If-None-Match", "\"other\"").when().get(path)
                    .then().statusCode(200).header("ETag", equalTo(tag));
        }
    }

    @Test
    void everyWriteOnAnExistingResourceNeedsAMatchingIfMatch() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Conditional writes", "76");
        String profile = "/api/v1/campuses/" + campus + "/profile";
        // A profile that does not exist yet is created without If-Match; with one, it is refused.
        refused(national().header("If-Match", "\"1\"").body(ProfileTest.TOULOUSE_PROFILE).when().put(profile), 412,
                "If-Match");
        national().body(ProfileTest.TOULOUSE_PROFILE).when().put(profile).then().statusCode(201)
                .header("ETag", "\"1\"");
        String changed = ProfileTest.TOULOUSE_PROFILE.replace("\"fte\": 1.0", "\"fte\": 0.5");
        requireIfMatch(() -> national().body(changed), "put", profile, "\"1\"");
        national().header("If-Match", "*").body(ProfileTest.TOULOUSE_PROFILE).when().put(profile)
                .then().statusCode(200).header("ETag", "\"3\"");

        String partners = "/api/v1/campuses/" + campus + "/partners";
        String one = partners + "/" + national().body(PartnerTest.LAB).when().post(partners).then().statusCode(201)
                .extract().path("id");
        requireIfMatch(() -> national().body(PartnerTest.LAB.replace("\"NONE\"", "\"INITIAL\"")), "put", one, "\"1\"");
        requireIfMatch(MonitoringTestSupport::national, "delete", one, "\"2\"");
    }

    /**
     * Missing If-Match: 428; a stale tag, or the current one marked weak: 412 (strong comparison); then a list
     * naming the current tag goes through, and its answer carries the resource's new ETag. Each refusal names the
     * field If-Match and changes nothing.
     */
    private static void requireIfMatch(Supplier<RequestSpecification> request, String method, String path,
                                       String current) {
        refused(request.get().when().request(method, path), 428, "If-Match");
        for (String stale : List.of("\"99\"", "W/" + current)) {
            refused(request.get().header("If-Match", stale).when().request(method, path), 412, "If-Match");
        }
        reader().when().get(path).then().statusCode(200).header("ETag", equalTo(current));
        String next = "\"" + (Long.parseLong(current.replace("\"", "")) + 1) + "\"";
        request.get().header("If-Match", "\"99\", " + current).when().request(method, path).then().statusCode(200)
                .header("ETag", equalTo(next));
    }
}
