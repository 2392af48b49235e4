package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the gateway really serves: the standard linters find no error in it, it shows no
 * internal type, and it is the document the regional portals' client is generated from
 * ({@code src/test/openapi/public-api.json}, compiled into {@code fr.cmq.client} by the build).
 */
class OpenApiContractTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SNAPSHOT = Path.of("src", "test", "openapi", "public-api.json");
    /** Names that only a Jackson tree, a Panache entity or a JPA type would put into a schema. */
    private static final Set<String> INTERNAL = Set.of("nodeType", "valueNode", "containerNode", "missingNode",
            "pojo", "floatingPointNumber", "isPersistent", "persistent", "JsonNode", "ObjectNode", "ArrayNode",
            "PanacheEntityBase", "PanacheEntity");

    private static Path served;
    private static JsonNode document;

    @BeforeAll
    static void fetch() throws Exception {
        String body = given().accept("application/json").when().get("/openapi")
                .then().statusCode(200).extract().asString();
        document = JSON.readTree(body);
        served = Path.of("target", "openapi-served.json").toAbsolutePath();
        Files.createDirectories(served.getParent());
        Files.writeString(served, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document),
                StandardCharsets.UTF_8);
    }

    @Test
    void spectralFindsNoError() throws Exception {
        Path ruleset = Path.of("target", "spectral-ruleset.yaml").toAbsolutePath();
        Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n");
        JsonNode results = JSON.readTree(NodeTool.run("spectral", "lint", served.toString(), "--ruleset",
                ruleset.toString(), "--format", "json", "--quiet", "--fail-severity", "error"));
        TreeMap<String, Integer> errors = new TreeMap<>();
        TreeMap<String, Integer> warnings = new TreeMap<>();
        List<String> firstErrors = new ArrayList<>();
        for (JsonNode result : results) {
            String code = result.path("code").asText();
            if (result.path("severity").asInt() == 0) {
                errors.merge(code, 1, Integer::sum);
                if (firstErrors.size() < 10) {
                    firstErrors.add(code + " at " + result.path("path") + ": " + result.path("message").asText());
                }
            } else if (result.path("severity").asInt() == 1) {
                warnings.merge(code, 1, Integer::sum);
            }
        }
        System.out.printf("[lint] Spectral spectral:oas on the served /openapi: %d errors %s, %d warnings %s%n",
                errors.values().stream().mapToInt(Integer::intValue).sum(), errors,
                warnings.values().stream().mapToInt(Integer::intValue).sum(), warnings);
        assertTrue(errors.isEmpty(), "Spectral errors: " + firstErrors);
    }

    @Test
    void redoclyRecommendedFindsNoError() throws Exception {
        Path config = Path.of("target", "redocly.yaml").toAbsolutePath();
        Files.writeString(config, "extends:\n  - recommended\n");
        JsonNode report = JSON.readTree(NodeTool.run("redocly", "lint", served.toString(), "--config",
                config.toString(), "--format", "json"));
        TreeMap<String, Integer> byRule = new TreeMap<>();
        List<String> firstErrors = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            byRule.merge(problem.path("severity").asText() + ":" + problem.path("ruleId").asText(), 1, Integer::sum);
            if ("error".equals(problem.path("severity").asText()) && firstErrors.size() < 10) {
                firstErrors.add(problem.path("ruleId").asText() + ": " + problem.path("message").asText()
                        + " " + problem.path("location"));
            }
        }
        System.out.printf("[lint] Redocly recommended on the served /openapi: %s %s%n", report.path("totals"), byRule);
        assertEquals(0, report.path("totals").path("errors").asInt(-1), "Redocly errors: " + firstErrors);
    }

    @Test
    void noInternalTypeAppearsInTheDocument() {
        List<String> found = new ArrayList<>();
        collectInternalNames(document.path("components").path("schemas"), "components.schemas", found);
        assertTrue(found.isEmpty(), "internal types or their internals in the public document: " + found);
    }

    @Test
    void theGeneratedClientIsBuiltFromTheServedDocument() throws Exception {
        JsonNode snapshot = Files.exists(SNAPSHOT) ? JSON.readTree(SNAPSHOT.toFile()) : null;
        if (!withoutServers(document).equals(snapshot == null ? null : withoutServers(snapshot))) {
            Path fresh = Path.of("target", "public-api.json").toAbsolutePath();
            Files.writeString(fresh, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withoutServers(document)),
                    StandardCharsets.UTF_8);
            throw new AssertionError("The served /openapi differs from " + SNAPSHOT + ", from which the client in "
                    + "fr.cmq.client is generated. Review the change, then: cp " + fresh + " "
                    + SNAPSHOT.toAbsolutePath());
        }
    }

    private static JsonNode withoutServers(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("servers");
        return copy;
    }

    private static void collectInternalNames(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (INTERNAL.contains(name)) {
                    found.add(where + "." + name);
                }
                collectInternalNames(node.get(name), where + "." + name, found);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectInternalNames(item, where, found));
        } else if (node.isTextual() && node.asText().startsWith("#/components/schemas/")
                && INTERNAL.contains(node.asText().substring("#/components/schemas/".length()))) {
            found.add(where + " -> " + node.asText());
        }
    }
}
