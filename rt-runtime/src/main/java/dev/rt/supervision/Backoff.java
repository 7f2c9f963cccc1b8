package dev.rt.supervision;

import java.time.Duration;
import java.util.Objects;

/**
 * Delays restarts, growing exponentially: the n-th consecutive restart of a child waits {@code
 * min * 2^(n-1)}, at most {@code max}, then varied by up to {@code jitter} (0.2 = ±20%) so that
 * siblings do not restart in lockstep. A child that has run {@code resetAfter} without failing
 * starts again from {@code min}. While a child waits, messages sent to it queue in its mailbox and
 * are handled after the restart: nothing is dropped.
 *
 * @param min the first delay; positive
 * @param max the cap; at least {@code min}
 * @param jitter the random variation, from 0 (none) to 1
 * @param resetAfter how long a child must run without failing for the delay to start over
 */
public record Backoff(Duration min, Duration max, double jitter, Duration resetAfter) {

    /** Checks the values. */
    public Backoff {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(resetAfter, "resetAfter");
        if (min.isNegative() || min.isZero()) {
            throw new IllegalArgumentException("backoff min must be positive, got " + min);
        }
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException(
                    "backoff max (" + max + ") must be at least min (" + min + ")");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must be in [0, 1], got " + jitter);
        }
        if (resetAfter.isNegative() || resetAfter.isZero()) {
            throw new IllegalArgumentException(
                    "backoff resetAfter must be positive, got " + resetAfter);
        }
    }

    /**
     * An exponential backoff with 20% jitter that resets after {@code max} of stable running.
     *
     * @param min the first delay
     * @param max the cap
     * @return the backoff
     */
    public static Backoff exponential(Duration min, Duration max) {
        return new Backoff(min, max, 0.2, max);
    }

    /**
     * The delay before a restart.
     *
     * @param attempt 1 for the first consecutive restart, 2 for the second…
     * @param random a number in [0, 1), to apply the jitter
     * @return the delay
     */
    public Duration delay(int attempt, double random) {
        long base = min.toNanos();
        long cap = max.toNanos();
        int shift = Math.min(Math.max(attempt - 1, 0), 62);
        long grown = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        double factor = 1 + jitter * (2 * random - 1);
        return Duration.ofNanos(Math.max(0, (long) (grown * factor)));
    }
}
