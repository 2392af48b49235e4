package fr.cmq.gateway;

import fr.cmq.testing.Eventually;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class ServiceProxyTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void forwardsMethodHeadersQueryAndBodyAndTheAnswer() {
        String token = TestTokens.national();
        given().auth().oauth2(token).header("X-Portal", "occitanie").contentType("application/json")
                .body("{\"name\":\"Airbus\"}")
                .urlEncodingEnabled(false).when().post("/api/v1/campuses/42/partners?dry=1&x=%C3%A9")
                .then().statusCode(207)
                .header("X-Stand-In", "echo")
                .body(containsString("method=POST"))
                .body(containsString("uri=/api/v1/campuses/42/partners?dry=1&x=%C3%A9"))
                .body(containsString("body={\"name\":\"Airbus\"}"))
                .body(containsString("authorization=Bearer " + token))
                .body(containsString("x-portal=occitanie"));
    }

    @Test
    void aStoppedServiceAnswers502Problem() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/campuses")
                .then().statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502)).body("detail", containsString("labelling"));
    }

    @Test
    void aSlowServiceAnswers504ProblemWithinTheTimeout() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/funding/summary")
                .then().time(lessThan(4_000L)).statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504));
    }

    @Test
    void refusesMissingOrInvalidTokensAndReaderWritesBeforeForwarding() {
        given().when().get("/api/v1/campuses/1/partners")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2("garbage").when().get("/api/v1/campuses/1/partners")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).contentType("application/json").body("{}")
                .when().post("/api/v1/campuses/1/partners")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/1/partners")
                .then().statusCode(207);
        given().auth().oauth2(TestTokens.regional("76")).contentType("application/json").body("{}")
                .when().put("/api/v1/campuses/1/profile")
                .then().statusCode(207);
    }

    @Test
    void pathsOutsideTheRouteTableAreNotForwarded() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/nothing-here")
                .then().statusCode(404).header("X-Stand-In", not(equalTo("echo")));
    }

    @Test
    void anAnswerReachesTheClientAsTheServiceSendsIt() throws Exception {
        // the stand-in sends its first part, then the rest only once the client says it read the first part
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/monitoring/stream"))
                .header("Authorization", "Bearer " + TestTokens.national()).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals("first part", reader.readLine());
            given().auth().oauth2(TestTokens.national()).when().get("/api/v1/monitoring/stream-read").then().statusCode(204);
            assertEquals("rest, sent after the client read the first part: true", reader.readLine());
        }
    }

    @Test
    void aRequestBodyReachesTheServiceAsTheClientSendsIt() throws Exception {
        byte[] part = new byte[1000];
        Arrays.fill(part, (byte) 'a');
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/monitoring/upload HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.national() + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n3e8\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the service has the first 1 000 bytes while the client has not sent the rest
            Eventually.get("the first part at the service", () -> {
                String progress = given().auth().oauth2(TestTokens.national())
                        .get("/api/v1/monitoring/upload-progress").asString();
                return "1000".equals(progress) ? Optional.of(progress) : Optional.empty();
            });
            out.write("3e8\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // headers
            }
            char[] body = new char["received=2000".length()];
            assertEquals(body.length, in.read(body));
            assertEquals("received=2000", new String(body));
        }
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413ProblemAndTheServiceGetsNoEnd() throws Exception {
        byte[] big = new byte[300 * 1024]; // over the platform's 256K
        Arrays.fill(big, (byte) 'b');
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/monitoring/upload"))
                .header("Authorization", "Bearer " + TestTokens.national())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))) // chunked
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"body\""), response.body());
        // and a body within the limit, chunked too, goes through whole
        byte[] small = Arrays.copyOf(big, 200 * 1024);
        HttpResponse<String> ok = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/monitoring/upload"))
                .header("Authorization", "Bearer " + TestTokens.national())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("received=" + small.length, ok.body());
    }

    @Test
    void aBodyAnnouncedOverTheLimitAnswers413Problem() {
        given().auth().oauth2(TestTokens.national()).contentType("application/json").body("x".repeat(300 * 1024))
                .when().post("/api/v1/campuses/42/partners")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void requestsOneAfterTheOtherReuseAKeptAliveConnection() {
        Set<String> peers = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String answer = given().auth().oauth2(TestTokens.national()).when().get("/api/v1/campuses/" + i + "/partners")
                    .then().statusCode(207).extract().asString();
            peers.add(answer.substring(answer.indexOf("peer=")));
        }
        assertTrue(peers.size() <= 2, "10 requests, one after the other, took " + peers.size() + " connections");
    }
}
