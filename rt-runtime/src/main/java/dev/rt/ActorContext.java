package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import org.slf4j.Logger;

/**
 * An actor's view of itself and the runtime, passed to {@link Actor#preStart} and to handlers
 * that declare it after the message.
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
     * Makes this actor depend on another, as an Erlang link does: when {@code other} terminates,
     * whatever the reason (it stopped, it failed, or the cluster member it runs on went away),
     * this actor fails with {@link DependencyTerminatedException}, whose cause is the reason, and
     * its supervisor decides: a restart makes a fresh instance, which looks its dependency up
     * again (through the cluster registry, for one on another node) and depends on it anew.
     *
     * <ul>
     *   <li>Works for local and remote references alike: a remote one's member going away is a
     *       termination with a {@code NodeDownException} cause, delivered as soon as the cluster
     *       notices (see docs/distribution.md).
     *   <li>An actor that has already terminated fails this actor at once (at its next turn).
     *   <li>It replaces any {@link #watch} or {@link #watchWith} of {@code other}, and {@link
     *       #unwatch} ends it. A dependency on itself is ignored. It lasts for this incarnation:
     *       a restarted instance declares its own, as a fresh instance does in {@code preStart}.
     *   <li>The failure is reported as any failure ({@code ActorFailed}, the log), with {@code
     *       Terminated(<path>)} as what the actor was handling.
     * </ul>
     *
     * @param other the actor this one cannot work without
     */
    void dependOn(ActorRef<?> other);

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
     * Makes this actor go on as another behavior of the same protocol: the next message, and every
     * one after it, goes to {@code next} through its descriptor, whose dispatch covers the protocol
     * exactly, checked at compile time like any behavior's. Generated handles call it: write
     * {@code ReadyHandle.become(context, new Ready(...))} from a handler of another behavior of
     * the protocol.
     *
     * <ul>
     *   <li>The handler that calls it finishes on the old instance; the old instance is then
     *       dropped, without {@code postStop}: hand what it holds to {@code next}'s constructor.
     *       {@code next}'s {@code preStart} does not run; its {@code preRestart}, {@code postStop}
     *       and {@code onTerminated} do, as the actor's behavior from now on.
     *   <li>The actor keeps everything else: its reference and handles, mailbox (the one it was
     *       spawned with, whatever {@code next}'s behavior declares), stash, timers, children,
     *       watches and name.
     *   <li>A restart starts over as the behavior the actor was spawned as: its factory makes a
     *       fresh instance, as OTP and Pekko restart from the initial state.
     *   <li>The snapshot ({@link ActorSystem#snapshot()}) names the current behavior.
     * </ul>
     *
     * @param next the instance to go on as
     * @param descriptor its behavior's generated descriptor
     * @param <B> its behavior
     * @throws IllegalArgumentException if {@code next}'s protocol is not this actor's, or only one
     *     of the two behaviors is declared blocking
     * @throws IllegalStateException if called from a thread that is not running the actor, or
     *     while the actor is not running (in {@code postStop}, for example)
     */
    <B extends Actor<M>> void become(B next, BehaviorDescriptor<B, M> descriptor);

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
