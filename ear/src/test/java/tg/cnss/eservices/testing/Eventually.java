package tg.cnss.eservices.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (a message consumed, a page updated) without fixed sleeps. */
public final class Eventually {

    private Eventually() {}

    public static <T> T await(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Toujours pas après " + timeout.toSeconds() + " s : " + what
                        + " (dernier état : " + value + ")");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrompu en attendant : " + what, e);
            }
            value = probe.get();
        }
        return value;
    }
}
