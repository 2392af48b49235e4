package fr.cmq.e2e;

import fr.cmq.local.LocalPlatform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the whole platform once for all end-to-end test classes, exactly as the local run does
 * (same launcher), on free loopback ports with its data in a temporary folder.
 */
public class PlatformExtension implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static LocalPlatform platform;
    private static double startSeconds;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (platform != null) {
            return;
        }
        Path project = Path.of(System.getProperty("cmq.project.dir", "..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("cmq-e2e-");
        long started = System.nanoTime();
        platform = LocalPlatform.start(new LocalPlatform.Settings(project, data, 0, 0, 0, 0, 0, 0));
        startSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[e2e] platform started in %.1f s (logs in %s)%n", startSeconds, data.resolve("logs"));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PlatformExtension.class.getName(), this);
    }

    public static LocalPlatform platform() {
        return platform;
    }

    @Override
    public void close() {
        platform.close();
        platform = null;
    }
}
