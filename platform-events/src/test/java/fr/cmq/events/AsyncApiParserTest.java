package fr.cmq.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated document passes the reference AsyncAPI parser (npm {@code @asyncapi/parser}, fetched by the build
 * into target/asyncapi-npm): it parses, with no diagnostic of severity error.
 */
class AsyncApiParserTest {

    @Test
    void theReferenceParserAcceptsTheDocument() throws IOException, InterruptedException {
        Path target = Path.of("target");
        Path modules = target.resolve("asyncapi-npm/node_modules");
        assertTrue(Files.isDirectory(modules.resolve("@asyncapi/parser")),
                "@asyncapi/parser is not installed in " + modules + " (the build's fetch-asyncapi-parser step)");
        Path document = target.resolve("asyncapi.json");
        Files.writeString(document, AsyncApiDocument.json(), StandardCharsets.UTF_8);

        ProcessBuilder node = new ProcessBuilder("node", "src/test/node/validate-asyncapi.cjs", document.toString())
                .redirectErrorStream(true);
        node.environment().put("NODE_PATH", modules.toAbsolutePath().toString());
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the parser did not finish");
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("parsed, 0 error(s)"), output);
    }
}
