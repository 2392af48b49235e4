package fr.cmq.e2e;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for what the platform does asynchronously (a service learning a campus from the register's events). */
final class Await {

    private Await() {
    }

    /** Calls until it answers {@code expected}, for at most 30 s. */
    static void status(IntSupplier call, int expected) throws InterruptedException {
        int last = until(Duration.ofSeconds(30), Duration.ofMillis(100), call::getAsInt, status -> status == expected);
        if (last != expected) {
            throw new AssertionError("expected " + expected + ", last answer " + last);
        }
    }

    /**
     * Reads every {@code pause} until {@code done} accepts what was read, for at most {@code timeout}; answers the last
     * read either way, so that the assertions that follow say what is still wrong.
     */
    static <T> T until(Duration timeout, Duration pause, Supplier<T> read, Predicate<? super T> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(pause.toMillis());
            last = read.get();
        }
        return last;
    }
}
