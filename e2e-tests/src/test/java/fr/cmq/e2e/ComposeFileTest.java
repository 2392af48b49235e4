package fr.cmq.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void everyServiceImageHasItsDockerfile() {
        for (String module : List.of("labelling-service", "monitoring-service", "funding-service", "gateway")) {
            assertTrue(Files.isRegularFile(PROJECT.resolve(module).resolve("src/main/docker/Dockerfile.jvm")),
                    module + " has no src/main/docker/Dockerfile.jvm");
        }
    }
}
