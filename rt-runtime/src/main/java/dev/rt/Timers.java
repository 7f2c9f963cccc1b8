package dev.rt;

import java.time.Duration;

/**
 * An actor's timers, from {@link ActorContext#timers()}: each sends a message of the actor's own
 * protocol to the actor, once or periodically, under a key. Starting a key that runs replaces it.
 * All timers are cancelled when the actor stops and when it restarts, and a cancelled timer's
 * message is never delivered, even one already queued. Time comes from the system's {@link
 * TimerService}, so a {@link ManualClock} drives them in tests.
 *
 * <p>Times: a single timer's delay may be zero, which sends its message as soon as possible
 * (through the mailbox, behind what is already queued; with a {@link
 * ManualClock}, at its next {@code advance}, even by {@link Duration#ZERO}), but
 * not negative; a periodic timer's interval must be positive. A start that is refused throws
 * {@link IllegalArgumentException} and leaves any timer under its key running.
 *
 * <p>Threading: only the actor's own thread may use its timers.
 *
 * @param <M> the actor's protocol
 */
public interface Timers<M> {

    /**
     * Sends {@code message} once, after {@code delay}.
     *
     * @param key names the timer; any object with a proper {@code equals}
     * @param message what to send
     * @param delay when; zero or more, and zero sends as soon as possible
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    void startSingle(Object key, M message, Duration delay);

    /**
     * Sends {@code message} every {@code interval}, the first time after one interval.
     *
     * @param key names the timer
     * @param message what to send
     * @param interval how often; positive
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    void startPeriodic(Object key, M message, Duration interval);

    /**
     * Cancels a timer; does nothing if there is none under {@code key}.
     *
     * @param key the timer's key
     */
    void cancel(Object key);

    /** Cancels every timer. */
    void cancelAll();

    /**
     * {@return whether a timer runs under {@code key}}
     *
     * @param key the timer's key
     */
    boolean isActive(Object key);
}
