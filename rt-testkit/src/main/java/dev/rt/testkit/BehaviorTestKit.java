package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ManualClock;
import dev.rt.Request;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import dev.rt.internal.KitSupport;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Decider;
import dev.rt.supervision.Directive;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drives one behavior synchronously on the calling thread, in a real cell of a real {@link
 * ActorSystem}: each {@link #tell} or {@link #ask} runs the actor's turn before it returns, the
 * behavior's {@link ActorContext} is the runtime's own, its timers are the runtime's timers on a
 * {@link ManualClock}, and what it does through its context is observed by the runtime's cells
 * and recorded as {@link Effect}s (children spawned and stopped, watches, timers, its own stop,
 * restarts and resumes). It cannot drift from what the runtime does, because it is what the
 * runtime does.
 *
 * <pre>{@code
 * // in the behavior's package, where the generated CounterDescriptor is visible
 * BehaviorTestKit<Counter, CounterMsg> kit =
 *         BehaviorTestKit.create(new Counter(), CounterDescriptor.INSTANCE);
 * kit.tell(new CounterMsg.Increment(5));
 * assertEquals(5L, kit.ask(new CounterMsg.Get()));
 * }</pre>
 *
 * <p>The system: each kit has its own, with an executor that runs every turn on the thread that
 * schedules it (the runtime runs such executors through a trampoline, so a turn that wakes
 * another actor does not nest it: that turn runs right after, before the call returns), and the
 * clock given to the {@linkplain Builder#clock builder} as its timer service, or a fresh one. It
 * has no thread of its own. The behavior is the top-level actor {@code /user/<name>} ({@code
 * /user/test} by default); built with a decider, it is the child {@code <name>} of a supervisor
 * at {@code /user/supervisor}. A behavior declared {@code blocking} runs on the calling thread
 * too.
 *
 * <p>Failures: a handler's exception (or one from {@code preStart}, the factory or {@code
 * onTerminated}) is rethrown by the call that ran it, exactly as thrown (a checked exception too,
 * although the methods do not declare it), and, as in a system, the actor has stopped: {@code
 * postStop} ran, and {@link Effect.Stopped} carries the cause. A kit built with a {@link Decider}
 * ({@link Builder#decider}) runs the behavior under a real supervisor with that decider ({@code
 * ONE_FOR_ONE}, no backoff, no practical limit on restarts; the behavior's restart type is {@code
 * TRANSIENT}, so that {@code context.stop()} ends it), and reports what the runtime did: {@code
 * RESTART} runs {@code preRestart} and starts a fresh instance from the factory ({@link
 * Effect.Restarted}), {@code RESUME} keeps the instance ({@link Effect.Resumed}), {@code STOP}
 * stops it ({@link Effect.Stopped} with the cause); none of these is rethrown. {@code ESCALATE}
 * stops it too ({@link Effect.Stopped} with the cause; the failure reaches the root of the kit's
 * system, which closes) and the cause is rethrown. An {@code ask} whose handler failed rethrows
 * the cause in every case, as its stage fails in a system. An exception from {@code postStop} or
 * {@code preRestart}, which a system logs and ignores (the stop or restart goes on), is rethrown
 * by the call during which it happened, so that a test sees it. A failure during {@link
 * ManualClock#advance} (a timer's message) is not rethrown: it shows in the effects.
 *
 * <p>Messages: what the behavior sends itself goes to its real mailbox and is handled at once,
 * as its next message, before the call returns; {@link #selfInbox()} stays empty. A call that
 * keeps the kit busy for more than 10,000 turns (a behavior that keeps sending itself messages)
 * fails with an {@link AssertionError}; the turns left are held, and {@link #runSelfMessages()}
 * goes on with them. A child the behavior spawns is a real child actor, but in its cell runs a
 * recorder instead of the child's behavior: what the behavior sends it is in {@link
 * #childInbox}, whose reference is the child's real one (stopping it stops the child, and a
 * watching behavior gets its {@code Terminated}). Collaborators can be {@link TestInbox}
 * references passed to the behavior's constructor.
 *
 * <p>Timers are the runtime's, scheduled on the kit's clock: {@link ManualClock#advance} fires
 * them, on the advancing thread, and {@link #fireTimer} fires one now. {@code Terminated}
 * arrives when a watched actor really terminates (a child stopped, a {@link TestInbox} whose
 * reference was stopped), or when the test calls {@link #terminated}.
 *
 * <p>Threading: use a kit from one thread, the test's, like the actor thread it stands for. A
 * turn runs on the thread that schedules it: the test's for the kit's methods and for {@code
 * clock.advance}; a collaborator that completes a stage the behavior waits on, or a real actor
 * that sends it a message, from another thread runs the behavior's next turn on that thread.
 *
 * @param <A> the behavior
 * @param <M> its protocol
 */
public final class BehaviorTestKit<A extends Actor<M>, M> {

    /**
     * The timeout of the kit's asks on the kit's clock: a stage left open times out only if the
     * test advances the clock this far.
     */
    private static final Duration ASK_TIMEOUT = Duration.ofDays(365);

    /** The name of the supervisor of a kit built with a decider. */
    private static final String SUPERVISOR = "supervisor";

    private final BehaviorDescriptor<A, M> descriptor;
    private final Decider decider;
    private final String name;
    /** The behavior's path, which identifies it until its reference is known. */
    private final String path;
    private final CallingThread executor = new CallingThread();
    private final ActorSystem system;
    private final TestInbox<M> selfInbox;
    /** Messages handled by the behavior, counted by {@link KitDescriptor}. */
    private final AtomicLong handled = new AtomicLong();
    /** The effects, the children, and what went wrong during the current call. */
    private final EffectRecorder recorder;
    /** The behavior's reference, once its spawn has returned. */
    private volatile ActorRef<M> ref;
    private volatile A behavior;

    private BehaviorTestKit(BehaviorDescriptor<A, M> descriptor, Decider decider, ManualClock clock,
            String name) {
        this.descriptor = descriptor;
        this.decider = decider;
        this.name = name;
        this.path = decider == null ? "/user/" + name : "/user/" + SUPERVISOR + "/" + name;
        this.selfInbox = TestInbox.atPath(path);
        this.recorder = new EffectRecorder(path, () -> ref, handled);
        this.system = KitSupport.system("test-kit", ActorSystemConfig.builder()
                .executor(executor).timerService(clock).build(), recorder);
    }

    /**
     * Spawns {@code behavior}, whose {@code preStart} runs before this returns, and returns a kit
     * that drives it. An exception from {@code preStart} is rethrown.
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
    public static <A extends Actor<M>, M> Builder<A, M> builder(BehaviorDescriptor<A, M> descriptor) {
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
         * Names the actor: its {@code self()} path is {@code /user/<name>} (with a decider,
         * {@code /user/supervisor/<name>}), its children's that path and their names. The
         * default is {@code test}.
         *
         * @param actorName the name, a valid actor name
         * @return this builder
         */
        public Builder<A, M> name(String actorName) {
            this.name = Objects.requireNonNull(actorName, "name");
            return this;
        }

        /**
         * The clock of the kit's system: the behavior's timers and the kit's asks run on it, so
         * that advancing it fires the timers. The default is a fresh one, which the test can
         * leave alone.
         *
         * @param manualClock the clock
         * @return this builder
         */
        public Builder<A, M> clock(ManualClock manualClock) {
            this.clock = Objects.requireNonNull(manualClock, "clock");
            return this;
        }

        /**
         * Runs the behavior under a supervisor with this decider, so that a handler's failure
         * is decided rather than rethrown; see the class comment.
         *
         * @param failureDecider the decider, such as the one of the supervisor's spec
         * @return this builder
         */
        public Builder<A, M> decider(Decider failureDecider) {
            this.decider = Objects.requireNonNull(failureDecider, "decider");
            return this;
        }

        /**
         * Spawns the behavior in the kit's system; its factory and {@code preStart} run before
         * this returns, and an exception from them is rethrown.
         *
         * @param factory creates a fresh instance, now and on every restart
         * @return the kit
         */
        public BehaviorTestKit<A, M> build(Supplier<? extends A> factory) {
            Objects.requireNonNull(factory, "factory");
            BehaviorTestKit<A, M> kit = new BehaviorTestKit<>(descriptor, decider,
                    clock != null ? clock : new ManualClock(), name);
            kit.spawn(factory);
            return kit;
        }
    }

    // =========================================================================================
    // Driving the behavior

    /**
     * Sends {@code message} to the behavior and runs its turn now, on this thread. A request's
     * reply is discarded.
     *
     * @param message the message
     * @throws IllegalStateException if the behavior has stopped
     */
    public void tell(M message) {
        Objects.requireNonNull(message, "message");
        checkRunning(message);
        drive(() -> {
            ref.tell(message);
            return null;
        });
    }

    /**
     * Asks the behavior a request, runs its turn now, and returns the reply. The reply must be
     * there when the turn is done: a reply stage must already be complete.
     *
     * @param request a request of the behavior's protocol
     * @param <R> the reply type
     * @return the reply
     * @throws IllegalArgumentException if the request is not of the behavior's protocol
     * @throws IllegalStateException if the behavior has stopped
     * @throws AssertionError if the handler did not reply, or replied with a stage that is not
     *     complete (use {@link #askStage} for those)
     */
    public <R> R ask(Request<R> request) {
        CompletableFuture<R> reply = askStage(request).toCompletableFuture();
        if (!reply.isDone()) {
            throw new AssertionError("the handler of " + TestProbe.describe(request) + " in "
                    + path + " did not reply, or replied with a CompletionStage that is not"
                    + " complete; use askStage(request) and complete what it waits for");
        }
        if (reply.isCompletedExceptionally()) {
            throw sneaky(reply.exceptionNow());
        }
        return reply.resultNow();
    }

    /**
     * Asks the behavior a request, runs its turn now, and returns the stage of its reply,
     * complete or not. The stage is the runtime's: it completes when the handler's reply stage
     * does, or with an {@code AskTimeoutException} if the kit's clock passes 365 days first.
     *
     * @param request a request of the behavior's protocol
     * @param <R> the reply type
     * @return the reply's stage
     * @throws IllegalArgumentException if the request is not of the behavior's protocol
     * @throws IllegalStateException if the behavior has stopped
     */
    public <R> CompletionStage<R> askStage(Request<R> request) {
        Objects.requireNonNull(request, "request");
        checkRunning(request);
        CompletableFuture<R> reply = drive(() -> ref.ask(request, ASK_TIMEOUT))
                .toCompletableFuture();
        if (reply.isCompletedExceptionally()) {
            Throwable cause = reply.exceptionNow();
            if (recorder.failedWith(cause)) {
                throw sneaky(cause); // its handler threw: whatever the decider said
            }
        }
        return reply;
    }

    /**
     * Tells the behavior that {@code ref} terminated, as {@code ref} would once it stops: the
     * runtime's death notice, so that {@code onTerminated} runs, or the message given to {@code
     * watchWith} is handled, and the watch ends. Nothing else learns of it. Does nothing if the
     * behavior does not watch {@code ref}.
     *
     * @param ref the actor that terminated: a {@link TestInbox}'s reference, or an actor of
     *     another system
     * @param failure why it failed, or null after a normal stop
     * @return whether the behavior watched {@code ref}
     * @throws IllegalArgumentException if {@code ref} is a live child of the behavior: stop it
     *     instead ({@code childInbox(name).ref().stop()}), and the behavior sees it terminate
     * @throws IllegalStateException if the behavior has stopped
     */
    public boolean terminated(ActorRef<?> ref, Throwable failure) {
        Objects.requireNonNull(ref, "ref");
        checkRunning("Terminated(" + ref.path() + ")");
        TestInbox<?> child = recorder.inboxOf(ref);
        if (child != null && !child.isStopped()) {
            throw new IllegalArgumentException(ref.path() + " is a live child of " + path
                    + "; stop it with childInbox(\"" + ref.name() + "\").ref().stop(), and "
                    + path + " sees it terminate as in a system");
        }
        return drive(() -> KitSupport.notifyTerminated(this.ref, ref, failure)).getNow(false);
    }

    /**
     * Runs the turns that the kit held back because a call kept it busy for too long (see the
     * class comment), until none is left. Messages the behavior sends itself are otherwise
     * handled at once, so there is nothing to run.
     *
     * @return how many messages the behavior handled meanwhile
     * @throws AssertionError if the behavior keeps the kit busy for another 10,000 turns
     */
    public int runSelfMessages() {
        long before = handled.get();
        drive(() -> null);
        return (int) (handled.get() - before);
    }

    /**
     * Fires a running timer now, as the clock would: its message is handled before this returns;
     * a single timer ends, a periodic one goes on, on its schedule.
     *
     * @param key the timer's key
     * @throws AssertionError if no timer runs under {@code key}
     */
    public void fireTimer(Object key) {
        boolean fired = drive(() -> KitSupport.fireTimer(ref, key)).getNow(false);
        if (!fired) {
            throw new AssertionError("no timer runs under key " + key + " in " + path
                    + "; the active timers are " + activeTimers());
        }
    }

    /**
     * Stops the behavior, as {@code ref.stop()} does, and runs the stop now: its children stop,
     * its timers are cancelled, and {@code postStop} runs. Does nothing if it has stopped
     * already.
     */
    public void stop() {
        if (!recorder.isStopped()) {
            drive(() -> {
                ref.stop();
                return null;
            });
        }
    }

    // =========================================================================================
    // Observing it

    /**
     * {@return the instance its factory made last: after a restart, the fresh one} After {@code
     * context.become(next, ...)}, messages go to {@code next}, which this does not return: reach
     * its state through asks.
     */
    public A behavior() {
        return behavior;
    }

    /** {@return whether the behavior has stopped} */
    public boolean isStopped() {
        return recorder.isStopped();
    }

    /** {@return the behavior's reference, the one it sees as {@code context.self()}} */
    public ActorRef<M> self() {
        return ref;
    }

    /**
     * An inbox that stays empty.
     *
     * @return an empty inbox at the behavior's path
     * @deprecated messages the behavior sends itself go to its real mailbox and are handled at
     *     once, before the call that caused them returns; they are never waiting here. Check
     *     what they did instead.
     */
    @Deprecated
    public TestInbox<M> selfInbox() {
        return selfInbox;
    }

    /**
     * The inbox of a child the behavior spawned (the latest one of that name). The child is a
     * real actor that records what it receives there; the inbox's {@code ref()} is its
     * reference. Requests asked of it wait for {@link TestInbox#replyToNextAsk}; a request sent
     * to it with {@code tell} counts as one to answer too (its answer is discarded).
     *
     * @param name the child's name
     * @param <N> the child's protocol
     * @return what the behavior sent the child
     * @throws AssertionError if the behavior spawned no child of that name
     */
    @SuppressWarnings("unchecked")
    public <N> TestInbox<N> childInbox(String name) {
        return (TestInbox<N>) recorder.childInbox(name);
    }

    /** {@return the keys of the running timers} */
    public Set<Object> activeTimers() {
        return KitSupport.timerKeys(ref).getNow(Set.of());
    }

    /** {@return the effects recorded and not yet taken, oldest first} */
    public List<Effect> effects() {
        return recorder.effects();
    }

    /** {@return the effects recorded and not yet taken, oldest first; none are left} */
    public List<Effect> retrieveEffects() {
        return recorder.retrieveEffects();
    }

    /**
     * Takes the oldest effect and checks that it equals {@code expected}.
     *
     * @param expected the effect expected
     * @throws AssertionError if there is none, or it differs; the error shows both
     */
    public void expectEffect(Effect expected) {
        Objects.requireNonNull(expected, "expected");
        recorder.expectEffect(expected);
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
        return recorder.expectEffectClass(type);
    }

    /**
     * Checks that no effect waits.
     *
     * @throws AssertionError if one does; the error lists them
     */
    public void expectNoEffects() {
        recorder.expectNoEffects();
    }

    @Override
    public String toString() {
        return "BehaviorTestKit[" + path + (recorder.isStopped() ? ", stopped" : "") + "]";
    }

    // =========================================================================================
    // Engine: the kit only starts, sends and watches; the runtime does the rest

    private void spawn(Supplier<? extends A> factory) {
        Supplier<A> kept = () -> {
            A instance = factory.get();
            behavior = instance; // null too: the runtime then fails the start, as it should
            return instance;
        };
        KitDescriptor<A, M> run = new KitDescriptor<>(descriptor, handled);
        drive(() -> {
            if (decider == null) {
                ref = system.spawn(name, kept, run);
            } else {
                Supervisor supervisor = Supervisor.start(system, SUPERVISOR,
                        SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                                .intensity(Integer.MAX_VALUE, Duration.ofDays(365))
                                .decider(this::decide)
                                .child(ChildSpec.worker(name, kept, run)
                                        .withRestart(Restart.TRANSIENT))
                                .build());
                ref = supervisor.child(name);
            }
            return null;
        });
        Throwable startFailure = recorder.firstFailure();
        if (startFailure != null) {
            throw sneaky(startFailure); // a failed start is rethrown, decider or not
        }
    }

    /** The supervisor's decider: the test's, with its escalations noted for the call. */
    private Directive decide(Throwable cause) {
        Directive directive;
        try {
            directive = decider.decide(cause);
        } catch (RuntimeException | Error e) {
            recorder.escalated(e); // the supervisor escalates what its decider threw
            throw e;
        }
        if (directive == Directive.ESCALATE) {
            recorder.escalated(cause);
        }
        return directive;
    }

    private void checkRunning(Object message) {
        if (recorder.isStopped()) {
            throw new IllegalStateException(path + " has stopped, so " + message + " cannot be"
                    + " handled (in a system it would be a dead letter)");
        }
    }

    /**
     * One call of the test: runs {@code action} (which runs the turns it causes before it
     * returns), then the turns held back by an earlier call, and reports what went wrong
     * meanwhile: a runaway, a hook's exception, an escalation, or without a decider the
     * behavior's failure.
     */
    private <T> T drive(Supplier<T> action) {
        recorder.beginCall();
        List<Runnable> held = executor.takeHeld();
        T result;
        try {
            result = action.get();
        } finally {
            for (Runnable turn : held) {
                executor.execute(turn);
            }
        }
        if (executor.holds()) {
            throw new AssertionError(path + " kept the kit busy for more than "
                    + CallingThread.TURN_LIMIT
                    + " turns in one call; does it keep sending itself messages? The turns left"
                    + " are held: runSelfMessages() goes on with them");
        }
        EffectRecorder.Trouble trouble = recorder.trouble();
        Throwable failure = trouble.failure();
        Throwable hook = trouble.hook();
        Throwable escalated = recorder.escalation();
        Throwable up = escalated != null ? escalated : decider == null ? failure : null;
        if (up != null) {
            if (hook != null && hook != up) {
                up.addSuppressed(hook);
            }
            throw sneaky(up);
        }
        if (hook != null) {
            throw sneaky(hook);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
