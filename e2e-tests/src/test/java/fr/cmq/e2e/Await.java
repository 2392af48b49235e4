package fr.cmq.e2e;

import java.util.function.IntSupplier;

/** Waiting for what the platform does asynchronously (a service learning a campus from the register's events). */
final class Await {

    private Await() {
    }

    /** Calls until it answers {@code expected}, for at most 30 s. */
    static void status(IntSupplier call, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            last = call.getAsInt();
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + ", last answer " + last);
    }
}
