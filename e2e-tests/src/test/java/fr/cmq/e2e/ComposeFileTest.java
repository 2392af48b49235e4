package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml is checked by a real compose parser (Debian package {@code docker-compose}:
 * keys, types, undefined services and dependencies), since no Docker engine runs here.
 */
class ComposeFileTest {

    private static final Path PROJECT = Path.of(System.getProperty("cmq.project.dir", "..")).toAbsolutePath().normalize();

    @Test
    void composeFileIsValid() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("docker-compose", "-f", PROJECT.resolve("docker-compose.yml").toString(),
                    "config", "-q").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("docker-compose is needed to validate docker-compose.yml: "
                    + "apt-get install docker-compose (see README prerequisites)", e);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "docker-compose config -q rejected the file:\n" + output);
    }

    /**
     * The Keycloak service imports the project's realm (the one KeycloakLoginTest runs against): the three roles, the
     * region attribute and the audience in the tokens, the gateway's confidential client, a client-credentials portal.
     */
    @Test
    void keycloakImportsTheRealmOfThePlatform() throws Exception {
        String compose = Files.readString(PROJECT.resolve("docker-compose.yml"));
        assertTrue(compose.contains("image: quay.io/keycloak/keycloak:26.4.7"), "the Keycloak service and its version");
        assertTrue(compose.contains("./keycloak/cmq-realm.json:/opt/keycloak/data/import/cmq-realm.json"), "realm mounted");
        assertTrue(compose.contains("--import-realm"), "realm imported at start");
        assertTrue(compose.contains("CMQ_JWT_ROLES_CLAIM: realm_access/roles"), "services read Keycloak's roles");
        assertTrue(compose.contains("CMQ_WEB_LOGIN: oidc"), "the gateway's page behind the login");

        JsonNode realm = new ObjectMapper().readTree(PROJECT.resolve("keycloak/cmq-realm.json").toFile());
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(List.of("national", "regional", "reader"), roles);
        JsonNode gateway = client(realm, "cmq-gateway");
        assertEquals(false, gateway.path("publicClient").asBoolean(true), "the gateway's client is confidential");
        assertTrue(gateway.path("standardFlowEnabled").asBoolean(), "authorization-code flow");
        JsonNode portal = client(realm, "cmq-portal-occitanie");
        assertTrue(portal.path("serviceAccountsEnabled").asBoolean(), "client credentials");
        for (JsonNode client : List.of(gateway, portal)) {
            String mappers = client.path("protocolMappers").toString();
            assertTrue(mappers.contains("\"claim.name\":\"region\"") && mappers.contains("\"user.attribute\":\"region\""),
                    "region attribute in the tokens");
            assertTrue(mappers.contains("\"included.custom.audience\":\"cmq-api\""), "audience cmq-api");
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId + " in the realm");
    }

    @Test
    void everyServiceImageHasItsDockerfile() {
        for (String module : List.of("labelling-service", "monitoring-service", "funding-service", "gateway")) {
            assertTrue(Files.isRegularFile(PROJECT.resolve(module).resolve("src/main/docker/Dockerfile.jvm")),
                    module + " has no src/main/docker/Dockerfile.jvm");
        }
    }
}
