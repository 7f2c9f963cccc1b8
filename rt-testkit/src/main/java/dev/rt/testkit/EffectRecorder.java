package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.Mailbox;
import dev.rt.internal.CellObserver;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What a {@link BehaviorTestKit} records of its behavior, as the runtime's cells report it: the
 * observer of the kit's system. It keeps the {@link Effect}s in order, the children the behavior
 * spawned with their inboxes (and runs a {@link ChildRecorder} in each child's cell), whether the
 * behavior has stopped, and what went wrong during the kit's current call: the behavior's
 * failures, the exceptions of hooks that the runtime ignored, and what the decider escalated.
 * Only what the behavior does is recorded; its children's own doings are not.
 *
 * <p>Threading: the cells call it on the thread that runs the turn of the actor they name: in
 * the kit's system, the thread that scheduled that turn (the test's, or a collaborator's). The
 * lists and the map of children by name are guarded by {@link #effects}; the rest is concurrent
 * or volatile.
 */
final class EffectRecorder implements CellObserver {

    /** The behavior's path, which identifies it until its reference is known. */
    private final String path;
    /** The behavior's reference, once its spawn has returned; else null. */
    private final Supplier<ActorRef<?>> behavior;
    /** Messages handled by the behavior, counted by {@link KitDescriptor}. */
    private final AtomicLong handled;
    /** Guarded by itself. */
    private final List<Effect> effects = new ArrayList<>();
    /** The behavior's failures during the current call; guarded by {@link #effects}. */
    private final List<Throwable> failures = new ArrayList<>();
    /** Exceptions of hooks the runtime ignored during the current call; likewise. */
    private final List<Throwable> hookFailures = new ArrayList<>();
    /** The inboxes of the behavior's children, by the child's reference. */
    private final Map<ActorRef<?>, TestInbox<?>> inboxes = new ConcurrentHashMap<>();
    /** The latest child of each name; guarded by {@link #effects}. */
    private final Map<String, TestInbox<?>> children = new LinkedHashMap<>();
    private volatile boolean stopped;
    /** What the decider escalated during the current call (the cause, or what it threw). */
    private volatile Throwable escalated;

    /**
     * @param path the behavior's path
     * @param behavior the behavior's reference once its spawn has returned, null before
     * @param handled counts the messages the behavior handles, whatever it becomes
     */
    EffectRecorder(String path, Supplier<ActorRef<?>> behavior, AtomicLong handled) {
        this.path = path;
        this.behavior = behavior;
        this.handled = handled;
    }

    /** What went wrong during a call: the behavior's first failure and first hook's exception. */
    record Trouble(Throwable failure, Throwable hook) {}

    // =========================================================================================
    // For the kit (the test's thread)

    /** A call of the test begins: forgets what went wrong during the previous one. */
    void beginCall() {
        synchronized (effects) {
            failures.clear();
            hookFailures.clear();
        }
        escalated = null;
    }

    /** {@return the first failure of the behavior during the current call, or null} */
    Throwable firstFailure() {
        synchronized (effects) {
            return failures.isEmpty() ? null : failures.get(0);
        }
    }

    /** {@return the first failure and the first hook's exception of the current call} */
    Trouble trouble() {
        synchronized (effects) {
            return new Trouble(failures.isEmpty() ? null : failures.get(0),
                    hookFailures.isEmpty() ? null : hookFailures.get(0));
        }
    }

    /** {@return whether the behavior failed with {@code cause} during the current call} */
    boolean failedWith(Throwable cause) {
        synchronized (effects) {
            return failures.contains(cause);
        }
    }

    /** The decider escalated {@code cause} (or threw it) during the current call. */
    void escalated(Throwable cause) {
        escalated = cause;
    }

    /** {@return what the decider escalated during the current call, or null} */
    Throwable escalation() {
        return escalated;
    }

    /** {@return whether the behavior has stopped} */
    boolean isStopped() {
        return stopped;
    }

    /** {@return the inbox of the child with that reference, or null if it is none} */
    TestInbox<?> inboxOf(ActorRef<?> child) {
        return inboxes.get(child);
    }

    /** See {@link BehaviorTestKit#childInbox}. */
    TestInbox<?> childInbox(String name) {
        synchronized (effects) {
            TestInbox<?> inbox = children.get(name);
            if (inbox == null) {
                throw new AssertionError(path + " spawned no child '" + name + "'; it spawned "
                        + children.keySet());
            }
            return inbox;
        }
    }

    /** See {@link BehaviorTestKit#effects}. */
    List<Effect> effects() {
        synchronized (effects) {
            return List.copyOf(effects);
        }
    }

    /** See {@link BehaviorTestKit#retrieveEffects}. */
    List<Effect> retrieveEffects() {
        synchronized (effects) {
            List<Effect> out = List.copyOf(effects);
            effects.clear();
            return out;
        }
    }

    /** See {@link BehaviorTestKit#expectEffect}. */
    void expectEffect(Effect expected) {
        synchronized (effects) {
            if (effects.isEmpty()) {
                throw new AssertionError("expected " + expected + " from " + path
                        + ", but it had no effect");
            }
            Effect e = effects.remove(0);
            if (!expected.equals(e)) {
                throw new AssertionError("expected " + expected + " from " + path + ", but got "
                        + e + (effects.isEmpty() ? "" : "; then " + effects));
            }
        }
    }

    /** See {@link BehaviorTestKit#expectEffectClass}. */
    <E extends Effect> E expectEffectClass(Class<E> type) {
        synchronized (effects) {
            if (effects.isEmpty()) {
                throw new AssertionError("expected a " + type.getSimpleName() + " effect from "
                        + path + ", but it had no effect");
            }
            Effect e = effects.remove(0);
            if (!type.isInstance(e)) {
                throw new AssertionError("expected a " + type.getSimpleName() + " effect from "
                        + path + ", but got " + e);
            }
            return type.cast(e);
        }
    }

    /** See {@link BehaviorTestKit#expectNoEffects}. */
    void expectNoEffects() {
        synchronized (effects) {
            if (!effects.isEmpty()) {
                throw new AssertionError("expected no effect from " + path + ", but got "
                        + effects);
            }
        }
    }

    private void record(Effect effect) {
        synchronized (effects) {
            effects.add(effect);
        }
    }

    // =========================================================================================
    // CellObserver (the thread of the turn of the actor named)

    private boolean isBehavior(ActorRef<?> actor) {
        ActorRef<?> known = behavior.get();
        return known != null ? known == actor : path.equals(actor.path());
    }

    @Override
    public <B extends Actor<N>, N> BehaviorDescriptor<B, N> became(ActorRef<N> actor,
            BehaviorDescriptor<B, N> descriptor) {
        return isBehavior(actor) ? new KitDescriptor<>(descriptor, handled) : descriptor;
    }

    @Override
    public <N> StandIn<?, N> standIn(ActorRef<?> actor, String childName,
            BehaviorDescriptor<?, N> own) {
        if (!isBehavior(actor)) {
            return null;
        }
        return new StandIn<ChildRecorder<N>, N>(() -> new ChildRecorder<N>(inboxes),
                new ChildRecorder.Descriptor<>(own));
    }

    @Override
    public void spawned(ActorRef<?> actor, ActorRef<?> child, BehaviorDescriptor<?, ?> own,
            Mailbox mailbox) {
        if (isBehavior(actor)) {
            TestInbox<?> inbox = TestInbox.recording(child);
            inboxes.put(child, inbox);
            synchronized (effects) {
                children.put(child.name(), inbox);
                effects.add(new Effect.Spawned(child.name(), own, mailbox));
            }
        }
    }

    @Override
    public void childStopped(ActorRef<?> actor, ActorRef<?> child) {
        if (isBehavior(actor)) {
            record(new Effect.ChildStopped(child.name()));
        }
    }

    @Override
    public void watched(ActorRef<?> actor, ActorRef<?> other, Object message) {
        if (isBehavior(actor)) {
            record(message == null ? new Effect.Watched(other)
                    : new Effect.WatchedWith(other, message));
        }
    }

    @Override
    public void unwatched(ActorRef<?> actor, ActorRef<?> other) {
        if (isBehavior(actor)) {
            record(new Effect.Unwatched(other));
        }
    }

    @Override
    public void timerStarted(ActorRef<?> actor, Object key, Object message, Duration delay,
            boolean periodic) {
        if (isBehavior(actor)) {
            record(new Effect.TimerStarted(key, message, delay, periodic));
        }
    }

    @Override
    public void timerCancelled(ActorRef<?> actor, Object key) {
        if (isBehavior(actor)) {
            record(new Effect.TimerCancelled(key));
        }
    }

    @Override
    public void failed(ActorRef<?> actor, Throwable cause) {
        if (isBehavior(actor)) {
            synchronized (effects) {
                failures.add(cause);
            }
        }
    }

    @Override
    public void hookFailed(ActorRef<?> actor, String hook, Throwable cause) {
        if (isBehavior(actor)) {
            synchronized (effects) {
                hookFailures.add(cause);
            }
        }
    }

    @Override
    public void restarted(ActorRef<?> actor, Throwable cause) {
        if (isBehavior(actor)) {
            record(new Effect.Restarted(cause));
        }
    }

    @Override
    public void resumed(ActorRef<?> actor, Throwable cause) {
        if (isBehavior(actor)) {
            record(new Effect.Resumed(cause));
        }
    }

    @Override
    public void stopped(ActorRef<?> actor, Throwable cause) {
        if (isBehavior(actor)) {
            stopped = true;
            // an escalated failure ends the behavior through its supervisor's stop, which
            // carries no cause of its own: the cause is the one that was escalated
            Throwable why = cause != null ? cause : escalated;
            record(new Effect.Stopped(Optional.ofNullable(why)));
        }
    }
}
