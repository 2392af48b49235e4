package fr.cmq.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command-line tool that the build installed from the npm registry into {@code target/lint-tools}
 * (Spectral, Redocly, the AsyncAPI parser: see this module's pom.xml) and returns what it printed.
 */
final class NodeTool {

    static final Path TOOLS = Path.of("target", "lint-tools").toAbsolutePath();

    private NodeTool() {
    }

    /** Runs {@code target/lint-tools/node_modules/.bin/<tool> args...}; standard output, whatever the exit code. */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(TOOLS.resolve("node_modules/.bin").resolve(tool).toString());
        command.addAll(List.of(args));
        return exec(command);
    }

    /** Runs {@code node script args...} with the installed packages on its module path. */
    static String node(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-tool-", ".out");
        Path err = Files.createTempFile("node-tool-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("NODE_PATH", TOOLS.resolve("node_modules").toString());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in 5 minutes");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        if (output.isBlank()) {
            throw new IllegalStateException(command.get(0) + " printed nothing (exit " + process.exitValue() + "): "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return output;
    }
}
