package fr.cmq.testing;

import java.util.Optional;
import java.util.function.Supplier;

/** Waiting in a test for what the platform does asynchronously (a consumer applying an event, a relay publishing). */
public final class Eventually {

    /** How long a test waits for something asynchronous before it fails. */
    public static final long TIMEOUT_MILLIS = 30_000;

    private Eventually() {
    }

    /** Asks {@code probe} every 100 ms until it gives a value, which is returned; fails after 30 s naming {@code what}. */
    public static <T> T get(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not seen within " + TIMEOUT_MILLIS / 1000 + " s");
    }
}
