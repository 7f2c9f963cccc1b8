package dev.rt;

import dev.rt.annotation.Overflow;
import java.time.Duration;
import java.util.Objects;

/**
 * The shape of an actor's mailbox: unbounded (the default), or bounded with an {@link Overflow}
 * policy. Set it on the behavior ({@code @ActorBehavior(capacity = 1000, overflow = ...)}), per
 * spawn, or for the behaviors that declare none, system-wide ({@link
 * ActorSystemConfig.Builder#defaultMailbox}).
 *
 * @param capacity at most this many queued messages; {@link Integer#MAX_VALUE} for unbounded
 * @param overflow what a full mailbox does with a new message
 * @param blockTimeout how long a sender waits for room under {@link Overflow#BLOCK}
 */
public record Mailbox(int capacity, Overflow overflow, Duration blockTimeout) {

    /** The default: unbounded; a tell never blocks and never fails. */
    public static final Mailbox UNBOUNDED =
            new Mailbox(Integer.MAX_VALUE, Overflow.REJECT, Duration.ofSeconds(1));

    /** Checks the values. */
    public Mailbox {
        if (capacity < 1) {
            throw new IllegalArgumentException("mailbox capacity must be at least 1, got "
                    + capacity + "; use Mailbox.UNBOUNDED for no bound");
        }
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(blockTimeout, "blockTimeout");
        if (blockTimeout.isNegative()) {
            throw new IllegalArgumentException("block timeout must not be negative: "
                    + blockTimeout);
        }
    }

    /**
     * A bounded mailbox.
     *
     * @param capacity at most this many queued messages
     * @param overflow what to do when full
     * @return the mailbox, with a 1 second block timeout
     */
    public static Mailbox bounded(int capacity, Overflow overflow) {
        return new Mailbox(capacity, overflow, Duration.ofSeconds(1));
    }

    /**
     * {@return a copy with another block timeout}
     *
     * @param timeout how long a sender waits for room under {@link Overflow#BLOCK}
     */
    public Mailbox withBlockTimeout(Duration timeout) {
        return new Mailbox(capacity, overflow, timeout);
    }

    /** {@return whether the mailbox is bounded} */
    public boolean isBounded() {
        return capacity != Integer.MAX_VALUE;
    }
}
