package dev.rt.processor.model;

import dev.rt.annotation.Overflow;

/**
 * The bounded mailbox that a behavior declares in {@code @ActorBehavior}, which its descriptor
 * returns from {@code mailbox()}.
 *
 * @param capacity at most this many queued messages; at least 1
 * @param overflow what the mailbox does with a message that finds it full
 * @param blockTimeoutMillis how long a sender waits for room under {@link Overflow#BLOCK}, in
 *     milliseconds; 0 or more
 */
public record BoundedMailbox(int capacity, Overflow overflow, long blockTimeoutMillis) {}
