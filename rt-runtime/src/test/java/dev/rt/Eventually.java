package dev.rt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that no latch or future marks, such as a counter the runtime keeps or a
 * thread's state: it polls the condition until it holds or a generous deadline passes. The tests'
 * one polling loop, so that none of them waits by the clock.
 *
 * <p>It spins briefly, then parks for {@link #PAUSE_NANOS} between looks: on a machine with two
 * cores a thread that spins for seconds would take a core from the carriers whose work it waits
 * for. The pause spaces the looks; nothing is asserted about time. Any thread; the condition is
 * called on the calling thread only.
 */
public final class Eventually {

    /** How long a wait lasts at most, unless a test says otherwise: far beyond any normal run. */
    public static final long WAIT_SECONDS = 60;

    /** Looks made with a spin hint before the waiter starts to park between looks. */
    private static final int SPINS = 1_000;
    /** The park between two looks after the spins. */
    private static final long PAUSE_NANOS = 50_000;

    private Eventually() {}

    /**
     * Polls {@code condition} until it holds, for {@link #WAIT_SECONDS} at most.
     *
     * @param condition what to wait for
     * @return whether it held before the deadline
     */
    public static boolean holds(BooleanSupplier condition) {
        return value(() -> condition.getAsBoolean() ? Boolean.TRUE : null) != null;
    }

    /**
     * Polls {@code condition} until it holds, for {@link #WAIT_SECONDS} at most, and fails the
     * test if it does not.
     *
     * @param condition what to wait for
     * @param failure the failure's message, built only if the wait fails
     * @throws AssertionError if the condition did not hold in time
     */
    public static void await(BooleanSupplier condition, Supplier<String> failure) {
        if (!holds(condition)) {
            throw new AssertionError(failure.get() + " (waited " + WAIT_SECONDS + " s)");
        }
    }

    /**
     * Polls {@code probe} until it returns non-null, for {@link #WAIT_SECONDS} at most.
     *
     * @param probe what to look at; null while the wait goes on
     * @param <T> the probe's result
     * @return the first non-null result, or null if there was none before the deadline
     */
    public static <T> T value(Supplier<T> probe) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        T value = probe.get();
        for (int looks = 1; value == null && System.nanoTime() - deadline < 0; looks++) {
            if (looks < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(PAUSE_NANOS);
            }
            value = probe.get();
        }
        return value;
    }
}
