package dev.rt;

import org.slf4j.Logger;

/**
 * An actor's view of itself and the runtime, passed to {@link Actor#preStart} and to handlers
 * that declare it as their second parameter.
 *
 * <p>Threading: only the actor's own thread may call these methods, from a handler or a hook.
 * The context may be kept in a field, but not handed to other threads.
 *
 * @param <M> the actor's protocol
 */
public interface ActorContext<M> extends Spawner {

    /** {@return this actor's reference} */
    ActorRef<M> self();

    /** {@return the system this actor lives in} */
    ActorSystem system();

    /**
     * Stops this actor once the current message is handled. Queued messages become dead letters.
     */
    void stop();

    /**
     * Stops a child of this actor, as {@link ActorRef#stop()} does.
     *
     * @param child a child spawned through this context
     * @throws IllegalArgumentException if {@code child} is not a child of this actor
     */
    void stop(ActorRef<?> child);

    /**
     * Watches another actor: when it terminates, {@link Actor#onTerminated} is called with the
     * cause. Watching an actor that has already stopped delivers {@link Terminated} at once.
     * Watching twice is the same as watching once.
     *
     * @param other the actor to watch
     */
    void watch(ActorRef<?> other);

    /**
     * Watches another actor and, when it terminates, delivers {@code message} to this actor as a
     * message of its own protocol instead of calling {@link Actor#onTerminated}.
     *
     * @param other the actor to watch
     * @param message what to deliver when {@code other} terminates
     */
    void watchWith(ActorRef<?> other, M message);

    /**
     * Stops watching. No {@link Terminated} for {@code other} is delivered after this call, even
     * one already on its way.
     *
     * @param other the actor to stop watching
     */
    void unwatch(ActorRef<?> other);

    /** {@return this actor's timers} */
    Timers<M> timers();

    /**
     * {@return this actor's stash, created by the first call}: messages set aside while the actor
     * waits, handled later, in order, before its mailbox; see {@link Stash} for what holds.
     *
     * @throws IllegalStateException if called from a thread that is not running the actor
     */
    Stash stash();

    /** {@return a logger named after this actor's behavior, for use on the actor's thread} */
    Logger log();
}
