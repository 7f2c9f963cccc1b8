package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Cancellable;
import dev.rt.InvalidActorNameException;
import dev.rt.Mailbox;
import dev.rt.ManualClock;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.Timers;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.Decider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one behavior synchronously, through its descriptor, on the calling thread: no system,
 * no threads, no waiting. Each {@link #tell} or {@link #ask} calls the handler before it returns,
 * and what the behavior did through its context is recorded as {@link Effect}s (children
 * spawned and stopped, watches, timers, its own stop) or in inboxes (messages to itself, to its
 * children, to collaborators given as {@link TestInbox} references).
 *
 * <pre>{@code
 * // in the behavior's package, where the generated CounterDescriptor is visible
 * BehaviorTestKit<Counter, CounterMsg> kit =
 *         BehaviorTestKit.create(new Counter(), CounterDescriptor.INSTANCE);
 * kit.tell(new CounterMsg.Increment(5));
 * assertEquals(5L, kit.ask(new CounterMsg.Get()));
 * }</pre>
 *
 * <p>Failures: by default a handler's exception is rethrown by {@link #tell} or {@link #ask},
 * exactly as thrown (a checked exception too, although the methods do not declare it). A kit
 * built with a {@link Decider} ({@link Builder#decider}) applies the decision instead, as a
 * supervisor would: {@code RESTART} runs {@code preRestart} and starts a fresh instance from the
 * factory ({@link Effect.Restarted}), {@code RESUME} keeps the instance ({@link
 * Effect.Resumed}), {@code STOP} stops it ({@link Effect.Stopped}), {@code ESCALATE} rethrows;
 * an {@code ask} whose handler failed rethrows the cause in every case, as its stage would fail
 * in a system. Restart intensity and backoff belong to the supervisor and are not simulated.
 * Unlike a system, which logs an exception from {@code postStop} or {@code preRestart} and goes
 * on, the kit rethrows it, so that a test sees it.
 *
 * <p>Timers: started timers are recorded ({@link Effect.TimerStarted}) and stay {@linkplain
 * #activeTimers() active}; {@link #fireTimer} delivers one now. A kit built with a {@link
 * ManualClock} ({@link Builder#clock}) also schedules them on it, and {@link
 * ManualClock#advance} then delivers their messages on the advancing thread.
 *
 * <p>The context is inert where it needs a system: {@code system()} throws {@link
 * UnsupportedOperationException}, spawned children do not run (their messages are recorded in
 * {@link #childInbox}), and {@code Terminated} arrives only when the test calls {@link
 * #terminated}.
 *
 * <p>Threading: not thread-safe. Use a kit from one thread, the test's, like the actor thread
 * it stands for.
 *
 * @param <A> the behavior
 * @param <M> its protocol
 */
public final class BehaviorTestKit<A extends Actor<M>, M> {

    /** How many self messages {@link #runSelfMessages()} handles before it suspects a loop. */
    private static final int SELF_MESSAGE_LIMIT = 100_000;

    /** In {@link #watching}: call {@code onTerminated} rather than deliver a message. */
    private static final Object ON_TERMINATED = new Object();

    private final BehaviorDescriptor<A, M> descriptor;
    private final Supplier<? extends A> factory;
    private final Decider decider;
    private final ManualClock clock;
    private final String path;
    private final TestInbox<M> self;
    private final KitContext context = new KitContext();
    private final KitTimers timers = new KitTimers();
    private final List<Effect> effects = new ArrayList<>();
    private final Map<String, TestInbox<?>> children = new LinkedHashMap<>();
    private final Map<String, TestInbox<?>> spawned = new LinkedHashMap<>();
    private final Map<ActorRef<?>, Object> watching = new HashMap<>();
    private A behavior;
    private boolean stopRequested;
    private boolean stopped;

    private BehaviorTestKit(BehaviorDescriptor<A, M> descriptor, Supplier<? extends A> factory,
            Decider decider, ManualClock clock, String name) {
        this.descriptor = descriptor;
        this.factory = factory;
        this.decider = decider;
        this.clock = clock;
        this.path = "/user/" + name;
        this.self = TestInbox.atPath(path);
    }

    /**
     * Runs {@code behavior}'s {@code preStart} with an inert context and returns a kit that
     * drives it. A handler's exception is rethrown.
     *
     * @param behavior the instance under test
     * @param descriptor its descriptor; a test in the behavior's package can use the generated
     *     {@code XDescriptor.INSTANCE}
     * @param <A> the behavior
     * @param <M> its protocol
     * @return the kit
     */
    public static <A extends Actor<M>, M> BehaviorTestKit<A, M> create(A behavior,
            BehaviorDescriptor<A, M> descriptor) {
        Objects.requireNonNull(behavior, "behavior");
        return builder(descriptor).build(() -> behavior);
    }

    /**
     * {@return a builder, for a kit with a name, a manual clock or a decider}
     *
     * @param descriptor the behavior's descriptor
     * @param <A> the behavior
     * @param <M> its protocol
     */
    public static <A extends Actor<M>, M> Builder<A, M> builder(
            BehaviorDescriptor<A, M> descriptor) {
        return new Builder<>(Objects.requireNonNull(descriptor, "descriptor"));
    }

    /**
     * Builds a {@link BehaviorTestKit}. Not thread-safe.
     *
     * @param <A> the behavior
     * @param <M> its protocol
     */
    public static final class Builder<A extends Actor<M>, M> {
        private final BehaviorDescriptor<A, M> descriptor;
        private String name = "test";
        private ManualClock clock;
        private Decider decider;

        private Builder(BehaviorDescriptor<A, M> descriptor) {
            this.descriptor = descriptor;
        }

        /**
         * Names the actor: its {@code self()} path is {@code /user/<name>}, its children's
         * {@code /user/<name>/<child>}. The default is {@code test}.
         *
         * @param actorName the name
         * @return this builder
         */
        public Builder<A, M> name(String actorName) {
            this.name = Objects.requireNonNull(actorName, "name");
            return this;
        }

        /**
         * Schedules the behavior's timers on {@code manualClock} too, so that advancing it
         * delivers their messages.
         *
         * @param manualClock the clock
         * @return this builder
         */
        public Builder<A, M> clock(ManualClock manualClock) {
            this.clock = Objects.requireNonNull(manualClock, "clock");
            return this;
        }

        /**
         * Decides what a handler's failure does, as the behavior's supervisor would, instead of
         * rethrowing it; see the class comment.
         *
         * @param failureDecider the decider, such as the one of the supervisor's spec
         * @return this builder
         */
        public Builder<A, M> decider(Decider failureDecider) {
            this.decider = Objects.requireNonNull(failureDecider, "decider");
            return this;
        }

        /**
         * Creates the behavior and runs its {@code preStart}.
         *
         * @param factory creates a fresh instance, now and on every restart
         * @return the kit
         */
        public BehaviorTestKit<A, M> build(Supplier<? extends A> factory) {
            BehaviorTestKit<A, M> kit = new BehaviorTestKit<>(descriptor,
                    Objects.requireNonNull(factory, "factory"), decider, clock, name);
            kit.startInstance();
            return kit;
        }
    }

    // =========================================================================================
    // Driving the behavior

    /**
     * Handles {@code message} now, on this thread. A request's reply is discarded.
     *
     * @param message the message
     * @throws IllegalStateException if the behavior has stopped
     */
    public void tell(M message) {
        Objects.requireNonNull(message, "message");
        checkRunning(message);
        deliver(message, Discard.INSTANCE, false);
    }

    /**
     * Handles a request now and returns its reply. A reply stage must already be complete.
     *
     * @param request a request of the behavior's protocol
     * @param <R> the reply type
     * @return the reply
     * @throws IllegalArgumentException if the request is not of the behavior's protocol
     * @throws AssertionError if the handler did not reply, or replied with a stage that is not
     *     complete (use {@link #askStage} for those)
     */
    public <R> R ask(Request<R> request) {
        CompletableFuture<R> reply = askStage(request).toCompletableFuture();
        if (!reply.isDone()) {
            throw new AssertionError("the handler of " + TestProbe.describe(request) + " in "
                    + path + " replied with a CompletionStage that is not complete; use"
                    + " askStage(request) and complete what it waits for");
        }
        try {
            return reply.get();
        } catch (ExecutionException e) {
            throw sneaky(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e); // not reached: the stage is done
        }
    }

    /**
     * Handles a request now and returns the stage of its reply, complete or not.
     *
     * @param request a request of the behavior's protocol
     * @param <R> the reply type
     * @return the reply's stage
     * @throws IllegalArgumentException if the request is not of the behavior's protocol
     * @throws AssertionError if the handler did not reply
     */
    @SuppressWarnings("unchecked")
    public <R> CompletionStage<R> askStage(Request<R> request) {
        Objects.requireNonNull(request, "request");
        if (!descriptor.protocol().isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a message of " + descriptor.protocol().getName()
                    + ", the protocol of " + path + "; ask it a request of its own protocol");
        }
        checkRunning(request);
        Capture capture = new Capture();
        deliver(request, capture, true);
        if (capture.stage == null) {
            throw new AssertionError("the handler of " + TestProbe.describe(request) + " in "
                    + path + " did not reply; does its descriptor call replier.reply?");
        }
        return (CompletionStage<R>) capture.stage;
    }

    /**
     * Tells the behavior that {@code ref} terminated, as a system would once {@code ref} stops:
     * {@code onTerminated} runs, or the message given to {@code watchWith} is handled. The watch
     * ends. Does nothing if the behavior does not watch {@code ref}.
     *
     * @param ref the actor that terminated
     * @param failure why it failed, or null after a normal stop
     * @return whether the behavior watched {@code ref}
     */
    @SuppressWarnings("unchecked")
    public boolean terminated(ActorRef<?> ref, Throwable failure) {
        Objects.requireNonNull(ref, "ref");
        checkRunning("Terminated(" + ref.path() + ")");
        Object how = watching.remove(ref);
        if (how == null) {
            return false;
        }
        if (how != ON_TERMINATED) {
            deliver(how, Discard.INSTANCE, false);
            return true;
        }
        try {
            behavior.onTerminated(new Terminated(ref, Optional.ofNullable(failure)), context);
        } catch (Throwable t) {
            failed(t, false);
        }
        afterTurn();
        return true;
    }

    /**
     * Handles the messages the behavior sent itself, in order, including those it sends itself
     * meanwhile, until none is left.
     *
     * @return how many were handled
     * @throws AssertionError if the behavior keeps sending itself messages (100,000 in one call)
     */
    public int runSelfMessages() {
        int n = 0;
        while (self.hasMessages() && !stopped) {
            if (++n > SELF_MESSAGE_LIMIT) {
                throw new AssertionError(path + " keeps sending itself messages: "
                        + SELF_MESSAGE_LIMIT + " handled and more queued");
            }
            deliver(self.receiveMessage(), Discard.INSTANCE, false);
        }
        return n;
    }

    /**
     * Delivers a running timer's message now, as if it had fired: a single timer ends, a
     * periodic one goes on.
     *
     * @param key the timer's key
     * @throws AssertionError if no timer runs under {@code key}
     */
    public void fireTimer(Object key) {
        KitTimers.Entry entry = timers.entries.get(key);
        if (entry == null) {
            throw new AssertionError("no timer runs under key " + key + " in " + path
                    + "; the active timers are " + timers.entries.keySet());
        }
        timers.fire(entry, false);
    }

    /**
     * Stops the behavior, as {@code ref.stop()} would: its timers are cancelled, its children
     * stopped, and {@code postStop} runs. Does nothing if it has stopped already.
     */
    public void stop() {
        if (!stopped) {
            stopNow(null);
        }
    }

    // =========================================================================================
    // Observing it

    /** {@return the current behavior instance: after a restart, the fresh one} */
    public A behavior() {
        return behavior;
    }

    /** {@return whether the behavior has stopped} */
    public boolean isStopped() {
        return stopped;
    }

    /** {@return the reference the behavior sees as {@code context.self()}} */
    public ActorRef<M> self() {
        return self.ref();
    }

    /** {@return the messages the behavior sent itself and that were not handled yet} */
    public TestInbox<M> selfInbox() {
        return self;
    }

    /**
     * The inbox of a child the behavior spawned (the latest one of that name).
     *
     * @param name the child's name
     * @param <N> the child's protocol
     * @return what the behavior sent the child
     * @throws AssertionError if the behavior spawned no child of that name
     */
    @SuppressWarnings("unchecked")
    public <N> TestInbox<N> childInbox(String name) {
        TestInbox<?> inbox = spawned.get(name);
        if (inbox == null) {
            throw new AssertionError(path + " spawned no child '" + name + "'; it spawned "
                    + spawned.keySet());
        }
        return (TestInbox<N>) inbox;
    }

    /** {@return the keys of the running timers} */
    public Set<Object> activeTimers() {
        return Set.copyOf(timers.entries.keySet());
    }

    /** {@return the effects recorded and not yet taken, oldest first} */
    public List<Effect> effects() {
        return List.copyOf(effects);
    }

    /** {@return the effects recorded and not yet taken, oldest first; none are left} */
    public List<Effect> retrieveEffects() {
        List<Effect> out = List.copyOf(effects);
        effects.clear();
        return out;
    }

    /**
     * Takes the oldest effect and checks that it equals {@code expected}.
     *
     * @param expected the effect expected
     * @throws AssertionError if there is none, or it differs; the error shows both
     */
    public void expectEffect(Effect expected) {
        Objects.requireNonNull(expected, "expected");
        if (effects.isEmpty()) {
            throw new AssertionError("expected " + expected + " from " + path
                    + ", but it had no effect");
        }
        Effect e = effects.remove(0);
        if (!expected.equals(e)) {
            throw new AssertionError("expected " + expected + " from " + path + ", but got " + e
                    + (effects.isEmpty() ? "" : "; then " + effects));
        }
    }

    /**
     * Takes the oldest effect and checks its type.
     *
     * @param type the type of effect expected
     * @param <E> that type
     * @return the effect
     * @throws AssertionError if there is none, or it has another type
     */
    public <E extends Effect> E expectEffectClass(Class<E> type) {
        Objects.requireNonNull(type, "type");
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

    /**
     * Checks that no effect waits.
     *
     * @throws AssertionError if one does; the error lists them
     */
    public void expectNoEffects() {
        if (!effects.isEmpty()) {
            throw new AssertionError("expected no effect from " + path + ", but got " + effects);
        }
    }

    @Override
    public String toString() {
        return "BehaviorTestKit[" + path + (stopped ? ", stopped" : "") + "]";
    }

    // =========================================================================================
    // Engine

    private void startInstance() {
        A instance = factory.get();
        if (instance == null) {
            throw new NullPointerException("the factory of " + path + " returned null");
        }
        behavior = instance;
        try {
            instance.preStart(context);
        } catch (Throwable t) {
            throw sneaky(t);
        }
        afterTurn();
    }

    private void checkRunning(Object message) {
        if (stopped) {
            throw new IllegalStateException(path + " has stopped, so " + message + " cannot be"
                    + " handled (in a system it would be a dead letter)");
        }
    }

    @SuppressWarnings("unchecked")
    private void deliver(Object message, Replier replier, boolean isAsk) {
        try {
            descriptor.dispatch(behavior, (M) message, context, replier);
        } catch (Throwable t) {
            failed(t, isAsk);
        }
        afterTurn();
    }

    /** A handler failed: rethrow, or apply the decider. */
    private void failed(Throwable cause, boolean isAsk) {
        if (decider == null) {
            throw sneaky(cause);
        }
        switch (decider.decide(cause)) {
            case RESTART -> restart(cause);
            case RESUME -> effects.add(new Effect.Resumed(cause));
            case STOP -> stopNow(cause);
            case ESCALATE -> throw sneaky(cause);
        }
        if (isAsk) {
            throw sneaky(cause); // the asker sees the failure, whatever the supervisor decides
        }
    }

    private void restart(Throwable cause) {
        A old = behavior;
        try {
            old.preRestart(cause);
        } catch (Throwable t) {
            throw sneaky(t);
        }
        endIncarnation();
        stopRequested = false;
        startInstance();
        effects.add(new Effect.Restarted(cause));
    }

    private void afterTurn() {
        if (stopRequested && !stopped) {
            stopNow(null);
        }
    }

    private void stopNow(Throwable failure) {
        stopped = true;
        endIncarnation();
        try {
            behavior.postStop();
        } catch (Throwable t) {
            throw sneaky(t);
        } finally {
            effects.add(new Effect.Stopped(Optional.ofNullable(failure)));
        }
    }

    /** What ends with an incarnation: timers, children, watches. */
    private void endIncarnation() {
        timers.cancelSilently();
        for (TestInbox<?> child : children.values()) {
            child.markStopped();
        }
        children.clear();
        watching.clear();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** Ignores replies: for tells. */
    private enum Discard implements Replier {
        INSTANCE;

        @Override
        public void reply(Object value) {}

        @Override
        public void replyLater(CompletionStage<?> stage) {}
    }

    /** Keeps the reply of one ask. */
    private static final class Capture implements Replier {
        CompletionStage<?> stage;

        @Override
        public void reply(Object value) {
            stage = CompletableFuture.completedFuture(value);
        }

        @Override
        public void replyLater(CompletionStage<?> later) {
            stage = later != null ? later : CompletableFuture.failedFuture(
                    new IllegalStateException("the handler returned a null CompletionStage"));
        }
    }

    /** The inert context: records effects; valid for the kit's whole life. */
    private final class KitContext implements ActorContext<M> {

        @Override
        public ActorRef<M> self() {
            return self.ref();
        }

        @Override
        public ActorSystem system() {
            throw new UnsupportedOperationException("a BehaviorTestKit runs " + path
                    + " without an ActorSystem; to test code that needs the system, run the"
                    + " behavior in a real system and observe it with a TestProbe");
        }

        @Override
        public void stop() {
            stopRequested = true;
        }

        @Override
        public void stop(ActorRef<?> child) {
            Objects.requireNonNull(child, "child");
            for (Map.Entry<String, TestInbox<?>> e : children.entrySet()) {
                if (e.getValue().ref() == child) {
                    e.getValue().markStopped();
                    children.remove(e.getKey());
                    effects.add(new Effect.ChildStopped(e.getKey()));
                    return;
                }
            }
            throw new IllegalArgumentException(child.path() + " is not a child of " + path
                    + "; stop it through its parent, or call stop() on its reference");
        }

        @Override
        public void watch(ActorRef<?> other) {
            Objects.requireNonNull(other, "other");
            watching.put(other, ON_TERMINATED);
            effects.add(new Effect.Watched(other));
        }

        @Override
        public void watchWith(ActorRef<?> other, M message) {
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(message, "message");
            watching.put(other, message);
            effects.add(new Effect.WatchedWith(other, message));
        }

        @Override
        public void unwatch(ActorRef<?> other) {
            Objects.requireNonNull(other, "other");
            watching.remove(other);
            effects.add(new Effect.Unwatched(other));
        }

        @Override
        public Timers<M> timers() {
            return timers;
        }

        @Override
        public Logger log() {
            return LoggerFactory.getLogger(behavior.getClass());
        }

        @Override
        public <C extends Actor<N>, N> ActorRef<N> spawn(String name,
                Supplier<? extends C> childFactory, BehaviorDescriptor<C, N> childDescriptor,
                Mailbox mailbox) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(childFactory, "factory");
            Objects.requireNonNull(childDescriptor, "descriptor");
            Objects.requireNonNull(mailbox, "mailbox");
            if (children.containsKey(name)) {
                throw new InvalidActorNameException("an actor named '" + name
                        + "' already runs at " + path + "/" + name
                        + "; choose another name or stop that child first");
            }
            TestInbox<N> child = TestInbox.atPath(path + "/" + name);
            children.put(name, child);
            spawned.put(name, child);
            effects.add(new Effect.Spawned(name, childDescriptor, mailbox));
            return child.ref();
        }

        @Override
        public String toString() {
            return "ActorContext[" + path + " under a BehaviorTestKit]";
        }
    }

    /** Timers that record, and run on the manual clock when there is one. */
    private final class KitTimers implements Timers<M> {

        /** One running timer. */
        private final class Entry {
            final Object key;
            final M message;
            final Duration delay;
            final boolean periodic;
            Cancellable scheduled;

            Entry(Object key, M message, Duration delay, boolean periodic) {
                this.key = key;
                this.message = message;
                this.delay = delay;
                this.periodic = periodic;
            }
        }

        final Map<Object, Entry> entries = new LinkedHashMap<>();

        // The checks and their messages are those of the system's timers (internal.TimersImpl).

        @Override
        public void startSingle(Object key, M message, Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a single timer '" + key + "' needs a delay of"
                        + " zero or more, got " + delay + "; pass Duration.ZERO to send its"
                        + " message as soon as possible");
            }
            start(key, message, delay, false);
        }

        @Override
        public void startPeriodic(Object key, M message, Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("a periodic timer '" + key + "' needs a"
                        + " positive interval, got " + interval + "; to send a message at once"
                        + " and then periodically, also start a single timer with"
                        + " Duration.ZERO");
            }
            start(key, message, interval, true);
        }

        private void start(Object key, M message, Duration delay, boolean periodic) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(delay, "delay");
            Entry entry = new Entry(key, message, delay, periodic);
            Entry old = entries.put(key, entry);
            if (old != null) {
                unschedule(old);
            }
            schedule(entry);
            effects.add(new Effect.TimerStarted(key, message, delay, periodic));
        }

        private void schedule(Entry entry) {
            if (clock != null) {
                entry.scheduled = clock.schedule(entry.delay, () -> fire(entry, true));
            }
        }

        private void unschedule(Entry entry) {
            if (entry.scheduled != null) {
                entry.scheduled.cancel();
                entry.scheduled = null;
            }
        }

        /** Delivers a timer's message if the timer still runs. */
        void fire(Entry entry, boolean fromClock) {
            if (stopped || entries.get(entry.key) != entry) {
                return; // cancelled or replaced: never delivered
            }
            if (!entry.periodic) {
                entries.remove(entry.key);
                unschedule(entry);
            } else if (fromClock) {
                schedule(entry);
            }
            deliver(entry.message, Discard.INSTANCE, false);
        }

        @Override
        public void cancel(Object key) {
            Entry old = entries.remove(key);
            if (old != null) {
                unschedule(old);
                effects.add(new Effect.TimerCancelled(key));
            }
        }

        @Override
        public void cancelAll() {
            for (Entry e : List.copyOf(entries.values())) {
                cancel(e.key);
            }
        }

        /** Cancels every timer without recording: the runtime does it on stop and restart. */
        void cancelSilently() {
            for (Entry e : entries.values()) {
                unschedule(e);
            }
            entries.clear();
        }

        @Override
        public boolean isActive(Object key) {
            return entries.containsKey(key);
        }
    }
}
