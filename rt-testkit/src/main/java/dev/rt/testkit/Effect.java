package dev.rt.testkit;

import dev.rt.ActorRef;
import dev.rt.Mailbox;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.Optional;

/**
 * Something a behavior under a {@link BehaviorTestKit} did through its context, other than
 * sending messages, or what the runtime did to it: the runtime's cells report these as they
 * happen, and the kit records them in order, for {@link BehaviorTestKit#effects()} and {@link
 * BehaviorTestKit#expectEffect}. What the runtime does on its own as an incarnation ends
 * (cancelling its timers, stopping its children, dropping its watches) is not an effect. Every
 * effect is a record, so tests compare them with {@code equals}.
 */
public sealed interface Effect {

    /**
     * The behavior spawned a child. The child is a real actor, in whose cell a recorder runs
     * instead of the child's behavior: its messages go to {@link BehaviorTestKit#childInbox}.
     *
     * @param name the child's name
     * @param descriptor the child's descriptor, which names its behavior
     * @param mailbox the child's mailbox
     */
    record Spawned(String name, BehaviorDescriptor<?, ?> descriptor, Mailbox mailbox)
            implements Effect {}

    /**
     * The behavior stopped one of its children with {@code context.stop(child)}.
     *
     * @param name the child's name
     */
    record ChildStopped(String name) implements Effect {}

    /**
     * The behavior stopped: it called {@code context.stop()} (the stop takes effect once the
     * handler returns, as in a system), the test called {@link BehaviorTestKit#stop()}, it
     * failed without a decider, or the decider chose {@code STOP} or {@code ESCALATE}. Its
     * children have stopped and {@code postStop} has run (if {@code preStart} had completed,
     * and not after an escalation, which ends the instance with {@code preRestart}).
     *
     * @param failure the failure that stopped it, or empty after a normal stop
     */
    record Stopped(Optional<Throwable> failure) implements Effect {}

    /**
     * The behavior called {@code context.watch(ref)}.
     *
     * @param ref the watched actor
     */
    record Watched(ActorRef<?> ref) implements Effect {}

    /**
     * The behavior called {@code context.watchWith(ref, message)}.
     *
     * @param ref the watched actor
     * @param message what it asked to receive when {@code ref} terminates
     */
    record WatchedWith(ActorRef<?> ref, Object message) implements Effect {}

    /**
     * The behavior called {@code context.unwatch(ref)}.
     *
     * @param ref the actor no longer watched
     */
    record Unwatched(ActorRef<?> ref) implements Effect {}

    /**
     * The behavior started a timer.
     *
     * @param key the timer's key
     * @param message what it sends
     * @param delay the delay of a single timer, or the interval of a periodic one
     * @param periodic whether it repeats
     */
    record TimerStarted(Object key, Object message, Duration delay, boolean periodic)
            implements Effect {}

    /**
     * The behavior cancelled a running timer (with {@code cancel(key)} or {@code cancelAll()}).
     *
     * @param key the timer's key
     */
    record TimerCancelled(Object key) implements Effect {}

    /**
     * A handler failed and the kit's decider chose {@code RESTART}: in the same cell, {@code
     * preRestart} ran on the old instance, its timers were cancelled, children stopped and
     * watches dropped, and a fresh instance from the factory ran {@code preStart} (whose
     * effects come before this one).
     *
     * @param cause the failure
     */
    record Restarted(Throwable cause) implements Effect {}

    /**
     * A handler failed and the kit's decider chose {@code RESUME}: the instance and its state
     * are kept.
     *
     * @param cause the failure
     */
    record Resumed(Throwable cause) implements Effect {}
}
