package dev.rt.processor.validation;

import dev.rt.annotation.Overflow;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @ActorBehavior} class that {@link BehaviorValidator} checked and found valid: what it
 * read and accepted, from which {@code dev.rt.processor.binding.BehaviorModels} builds the model.
 *
 * @param behavior the behavior class
 * @param protocol its protocol, as read from the sealed hierarchy
 * @param handlers its handlers, in declaration order: the behavior's own, then inherited ones
 * @param mailbox the mailbox that its {@code @ActorBehavior} declares
 * @param blocking whether {@code @ActorBehavior(blocking = true)}
 * @param factory how code outside the class creates it: {@code "new"} for a non-private
 *     constructor, else the name of a non-private static method that returns the class
 * @param stashCapacity what {@code @ActorBehavior(stashCapacity)} says; at least 1 when valid
 */
public record CheckedBehavior(
        TypeElement behavior,
        ProtocolTree protocol,
        List<CheckedHandler> handlers,
        Mailbox mailbox,
        boolean blocking,
        String factory,
        int stashCapacity) {

    /** Copies the list. */
    public CheckedBehavior {
        handlers = List.copyOf(handlers);
    }

    /**
     * The mailbox values of {@code @ActorBehavior}, each in range.
     *
     * @param capacity 0 for an unbounded mailbox, else its capacity
     * @param overflow what a full mailbox does
     * @param blockTimeoutMillis how long a sender waits under {@link Overflow#BLOCK}
     */
    public record Mailbox(int capacity, Overflow overflow, long blockTimeoutMillis) {}
}
