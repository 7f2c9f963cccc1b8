package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an actor behavior.
 *
 * <p>The class implements {@code dev.rt.Actor<M>}, where {@code M} is a sealed interface: the
 * actor's protocol. Every leaf of the protocol has exactly one handler method, which takes the
 * message as its first parameter and may take {@code dev.rt.ActorContext<M>} as its second. At
 * compile time RT's processor generates, in the same package:
 *
 * <ul>
 *   <li>{@code <Behavior>Handle}: the user-facing handle, one method per message;
 *   <li>{@code <Behavior>Descriptor}: one pattern-matching {@code switch} over the protocol.
 * </ul>
 *
 * <p>The mailbox is bounded by {@link #capacity()}; without one, it is the system's default
 * mailbox (unbounded unless configured otherwise, {@code rt.default-mailbox}). A spawn can
 * override either.
 *
 * <p>Every rule is checked at compile time; a violation is an error on the exact element with a
 * stable {@code [RT-nnn]} code (see {@code docs/processor.md}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ActorBehavior {

    /**
     * {@return the mailbox's capacity; 0 (the default) for none declared: the system's default
     * mailbox, unbounded unless configured otherwise}
     */
    int capacity() default 0;

    /** {@return what a bounded mailbox does when it is full} */
    Overflow overflow() default Overflow.REJECT;

    /** {@return how long a sender waits for room under {@link Overflow#BLOCK}, in milliseconds} */
    long blockTimeoutMillis() default 1000;

    /**
     * {@return whether the behavior's handlers block (on I/O, locks, sleeps): such an actor runs
     * on virtual threads, so that it never holds up the carrier threads the other actors share}
     */
    boolean blocking() default false;

    /**
     * {@return how many messages the actor's stash holds at most ({@code context.stash()}); at
     * least 1, and 1,000 by default}
     */
    int stashCapacity() default 1000;
}
