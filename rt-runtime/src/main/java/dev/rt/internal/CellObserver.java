package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.Mailbox;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Told by the cells of one system what their actors do through their context, and what the
 * runtime does to them: the testkit's {@code BehaviorTestKit} records these as its effects, so
 * that it observes the real context rather than imitating it. A system carries one, fixed when
 * it is made ({@link KitSupport#system}); a system made by {@code ActorSystem.create} carries
 * {@link #NONE}, which does nothing.
 *
 * <p>Where the cells call it, each time after the runtime's own checks have passed:
 *
 * <ul>
 *   <li>{@code context.spawn}: {@link #standIn} before the child's cell is made, {@link #spawned}
 *       once it is made and before it starts ({@link ActorCell#spawn});
 *   <li>{@code context.stop(child)}, {@code watch}, {@code watchWith}, {@code unwatch}, {@code
 *       become} ({@link ActorCell});
 *   <li>a timer started or cancelled by the behavior ({@link TimersImpl}); the runtime's own
 *       cancellation when an incarnation ends is not reported;
 *   <li>a failure (a handler, {@code preStart}, the factory or {@code onTerminated} threw), an
 *       exception from {@code preRestart} or {@code postStop} that the runtime logs and
 *       ignores, a restart, a resume after a supervisor's {@code RESUME}, and the termination
 *       ({@link CellLifecycle}, {@link CellTermination}).
 * </ul>
 *
 * <p>Cost: none of these is {@code tell} or the per-message loop; the nearest are a timer that a
 * handler starts or cancels and a handler's failure, each of which does much more work of its
 * own. The cells call the observer unconditionally. Where the testkit is not loaded, {@link
 * #NONE}'s class is the only implementation, so each call site is monomorphic and the JIT
 * inlines the empty method behind a class check: a read of a final field of the system and a
 * compare, what the null check it replaced cost. In a JVM that also runs the testkit's systems
 * a site may see both implementations: bimorphic, still inlined, and still off the per-message
 * path. A third implementation would make these sites megamorphic: keep it the only other one.
 *
 * <p>Threading: every method is called on the thread that runs the turn of the actor it names
 * (the actor's thread), synchronously, at the point listed above: calls about one actor come in
 * the order it did things, and happen-before its next turn. Calls about different actors may
 * come from different threads at once, on a system whose turns run in parallel; the testkit's
 * system runs every turn on the thread that schedules it. An implementation must be quick and
 * must not block; what it throws propagates into the cell's code (out of {@code spawn}, {@code
 * watch} or a timer call into the handler, which then fails), so it should not throw.
 */
public interface CellObserver {

    /** The observer of every system but the testkit's: it does nothing and runs no stand-in. */
    CellObserver NONE = new CellObserver() {
        @Override
        public <B extends Actor<N>, N> BehaviorDescriptor<B, N> became(ActorRef<N> actor,
                BehaviorDescriptor<B, N> descriptor) {
            return descriptor;
        }

        @Override
        public <N> StandIn<?, N> standIn(ActorRef<?> actor, String name,
                BehaviorDescriptor<?, N> descriptor) {
            return null;
        }

        @Override
        public void spawned(ActorRef<?> actor, ActorRef<?> child,
                BehaviorDescriptor<?, ?> descriptor, Mailbox mailbox) {}

        @Override
        public void childStopped(ActorRef<?> actor, ActorRef<?> child) {}

        @Override
        public void watched(ActorRef<?> actor, ActorRef<?> other, Object message) {}

        @Override
        public void unwatched(ActorRef<?> actor, ActorRef<?> other) {}

        @Override
        public void timerStarted(ActorRef<?> actor, Object key, Object message, Duration delay,
                boolean periodic) {}

        @Override
        public void timerCancelled(ActorRef<?> actor, Object key) {}

        @Override
        public void failed(ActorRef<?> actor, Throwable cause) {}

        @Override
        public void hookFailed(ActorRef<?> actor, String hook, Throwable cause) {}

        @Override
        public void restarted(ActorRef<?> actor, Throwable cause) {}

        @Override
        public void resumed(ActorRef<?> actor, Throwable cause) {}

        @Override
        public void stopped(ActorRef<?> actor, Throwable cause) {}

        @Override
        public String toString() {
            return "CellObserver.NONE";
        }
    };

    /**
     * What a cell runs instead of a child's own behavior.
     *
     * @param factory creates the stand-in, once per incarnation
     * @param descriptor the stand-in's descriptor, of the child's protocol
     * @param <B> the stand-in's behavior
     * @param <N> the child's protocol
     */
    record StandIn<B extends Actor<N>, N>(Supplier<? extends B> factory,
            BehaviorDescriptor<B, N> descriptor) {}

    /**
     * {@code actor} called {@code context.become}, whose checks passed: the descriptor its cell
     * dispatches with from now on, {@code descriptor} itself or one that wraps it (the testkit's
     * counts what its behavior handles).
     *
     * @param actor the actor's reference
     * @param descriptor the descriptor of the behavior it becomes
     * @param <B> that behavior
     * @param <N> the actor's protocol
     * @return the descriptor to dispatch with
     */
    <B extends Actor<N>, N> BehaviorDescriptor<B, N> became(ActorRef<N> actor,
            BehaviorDescriptor<B, N> descriptor);

    /**
     * {@code actor} is about to spawn a child through its context: the name is valid and free.
     *
     * @param actor the parent's reference
     * @param name the child's name
     * @param descriptor the child's own descriptor
     * @param <N> the child's protocol
     * @return what to run in the child's cell instead of its own behavior, or null for its own
     */
    <N> StandIn<?, N> standIn(ActorRef<?> actor, String name, BehaviorDescriptor<?, N> descriptor);

    /**
     * {@code actor} spawned {@code child} through its context; the child's cell is made and not
     * started yet.
     *
     * @param actor the parent's reference
     * @param child the child's reference
     * @param descriptor the child's own descriptor, as the parent passed it
     * @param mailbox the child's mailbox
     */
    void spawned(ActorRef<?> actor, ActorRef<?> child, BehaviorDescriptor<?, ?> descriptor,
            Mailbox mailbox);

    /**
     * {@code actor} stopped one of its children with {@code context.stop(child)}; the stop is
     * sent, not done.
     *
     * @param actor the parent's reference
     * @param child the child's reference
     */
    void childStopped(ActorRef<?> actor, ActorRef<?> child);

    /**
     * {@code actor} called {@code context.watch(other)}, or {@code watchWith(other, message)}.
     *
     * @param actor the watcher's reference
     * @param other the watched actor, as passed
     * @param message the {@code watchWith} message, or null for {@code watch}
     */
    void watched(ActorRef<?> actor, ActorRef<?> other, Object message);

    /**
     * {@code actor} called {@code context.unwatch(other)}.
     *
     * @param actor the watcher's reference
     * @param other the actor, as passed
     */
    void unwatched(ActorRef<?> actor, ActorRef<?> other);

    /**
     * {@code actor} started a timer; it is scheduled.
     *
     * @param actor the actor's reference
     * @param key the timer's key
     * @param message what it sends
     * @param delay the delay of a single timer, the interval of a periodic one
     * @param periodic whether it repeats
     */
    void timerStarted(ActorRef<?> actor, Object key, Object message, Duration delay,
            boolean periodic);

    /**
     * {@code actor} cancelled a running timer, with {@code cancel(key)} or {@code cancelAll()}.
     *
     * @param actor the actor's reference
     * @param key the timer's key
     */
    void timerCancelled(ActorRef<?> actor, Object key);

    /**
     * {@code actor} failed: a handler, {@code preStart}, its factory or {@code onTerminated}
     * threw. It has been logged and reported to the monitor; the actor now stops, or exits to
     * its supervisor.
     *
     * @param actor the actor's reference
     * @param cause what was thrown
     */
    void failed(ActorRef<?> actor, Throwable cause);

    /**
     * A hook of {@code actor} threw, which the runtime logs and ignores: {@code preRestart} (the
     * restart goes on) or {@code postStop} (the termination goes on).
     *
     * @param actor the actor's reference
     * @param hook {@code "preRestart"} or {@code "postStop"}
     * @param cause what was thrown
     */
    void hookFailed(ActorRef<?> actor, String hook, Throwable cause);

    /**
     * {@code actor} restarted: a fresh instance from its factory has run {@code preStart}.
     *
     * @param actor the actor's reference
     * @param cause the failure that caused the restart, or null for a normal exit or a sibling's
     *     restart
     */
    void restarted(ActorRef<?> actor, Throwable cause);

    /**
     * {@code actor} resumed after a failure, its instance kept: its supervisor chose {@code
     * RESUME}.
     *
     * @param actor the actor's reference
     * @param cause the failure
     */
    void resumed(ActorRef<?> actor, Throwable cause);

    /**
     * {@code actor} has terminated: its children have stopped, {@code postStop} has run (if
     * {@code preStart} had completed) and its mailbox is drained; its watchers and its parent
     * are told next.
     *
     * @param actor the actor's reference
     * @param cause why it failed, or null after a normal stop
     */
    void stopped(ActorRef<?> actor, Throwable cause);
}
