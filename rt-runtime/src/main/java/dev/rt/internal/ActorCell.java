package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorInfo;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Cancellable;
import dev.rt.InvalidActorNameException;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.Terminated;
import dev.rt.Timers;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One actor: the last layer of its cell (see {@link CellCore} for the layers). It runs the turn
 * ({@link #turn}: signals, then up to {@code throughput} messages, each given to the generated
 * descriptor) and is the {@link ActorContext} and {@link Replier} that the behavior and the
 * descriptor see. It is also the {@link Parent} of its children, and the {@link Watchable} and
 * {@link Watcher} of death watch.
 *
 * <p>Concurrency: {@link #tell}, {@link #ask}, {@link #sendSignal} and the other producer
 * methods of {@link CellMailbox}, {@link #addWatcher}, {@link #removeWatcher}, {@link
 * #watchedTerminated}, {@link #childTerminated}, {@link #snapshot} and the getters marked so may
 * be called from any thread. Everything else, including every {@link ActorContext} and {@link
 * Replier} method, runs on the actor's thread: the thread that currently runs its turn, which
 * {@link #checkOnActorThread} enforces for the context. No lock is taken on the tell and turn
 * paths.
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
public final class ActorCell<A extends Actor<M>, M> extends CellTermination<A, M>
        implements ActorContext<M>, Replier, Parent, Watchable, Watcher {

    /** How to fix a name taken by a live child of a plain actor. */
    private static final String SPAWN_FIX = "; choose another name or stop that child first";

    /** A behavior class's logger, made once per class rather than held by every cell. */
    private static final ClassValue<Logger> LOGGERS = new ClassValue<>() {
        @Override
        protected Logger computeValue(Class<?> type) {
            return LoggerFactory.getLogger(type);
        }
    };

    private static final VarHandle HEAD;
    private static final VarHandle PROCESSED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(ActorCell.class, "head", CellMailbox.Node.class);
            PROCESSED = l.findVarHandle(ActorCell.class, "processed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final LocalRef<M> self;

    /** {@link #current} once the message being handled is stashed. */
    private static final Object STASHED = new Object();

    // ---- confined to the actor's thread: written for every message, so declared in this last
    // layer, away from the fields that senders read (see "Layout" in CellCore) ----
    /** Messages handled, for introspection; written by the actor's thread, read racily. */
    private long processed;
    /**
     * The message being handled, or its ask promise for a request; {@link #STASHED} once it is
     * stashed; null between messages.
     */
    private Object current;
    /** See {@link #stashBuffer()}: null until the first {@code context.stash()}. */
    private StashBuffer stash;
    /** See {@link CellMailbox#head()}: the consumer's end of the user queue. */
    private CellMailbox.Node head;
    /**
     * The descriptor that dispatches to {@link #actor}: {@link #descriptor}, or the last {@code
     * become}'s, whose behavior is of the same protocol (the cast in {@link #become} is
     * unchecked, and harmless: the type parameter is erased, and the descriptor is only given its
     * own instance).
     */
    private BehaviorDescriptor<A, M> dispatcher;

    ActorCell(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor) {
        this(system, parent, name, factory, descriptor, system.config().mailboxOf(descriptor),
                false, false);
    }

    ActorCell(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor, Mailbox shape, boolean supervised, boolean supervisor) {
        super(system, parent, name, factory, descriptor, shape, supervised, supervisor);
        this.self = new LocalRef<>(this);
    }

    @Override
    ActorCell<A, M> asCell() {
        return this;
    }

    /** Queues the start signal: the factory and {@code preStart} run in the first turn. */
    void start() {
        sendSignal(new Signal.Start());
    }

    // =========================================================================================
    // The turn (the actor's thread)

    @Override
    boolean turn(CarrierThread carrier) {
        int signals = hasSignals() ? processSignals() : 0;
        if (carrier != null && signals != 0) {
            carrier.countHandled(signals); // signals count too: a spawn burst is all starts
        }
        boolean atThroughput = state == LifecycleState.RUNNING && processMessages(carrier);
        if (state.ending()) {
            drainMailbox(stopReason());
            return false;
        }
        return atThroughput;
    }

    /**
     * Handles up to {@code throughput} messages. A cell handed off by the previous message goes
     * to the pool before the next one is handled (see {@link Scheduler}). The messages it takes
     * from the mailbox, and the signals it handles meanwhile, count to the carrier.
     *
     * @return whether it stopped at the throughput, rather than for want of mail or because the
     *     actor stopped running
     */
    private boolean processMessages(CarrierThread carrier) {
        int handled = 0;
        boolean atThroughput = true;
        for (int i = system.throughput; i > 0; i--) {
            Object m = nextMessage();
            // Signals are looked at after the take, not before: the take acquires the message's
            // send, so a signal sent before it (a child's start notice before the child's reply
            // that prompted this request) is seen here and handled first. Looked at before the
            // take, a signal and a message could both arrive between the look and the take.
            if (hasSignals()) {
                if (m != null) {
                    putBack(m); // before the signals: a stop among them drains it with the rest
                }
                handled += processSignals();
                if (state != LifecycleState.RUNNING) {
                    atThroughput = false;
                    break;
                }
                continue; // takes it again, or whatever a restart left first
            }
            if (m == null) {
                atThroughput = false;
                break;
            }
            handled++;
            if (carrier != null) {
                Scheduler.releaseHandoff(carrier); // another handler follows: let it go
            }
            if (m instanceof Envelope e) {
                m = open(e);
                if (m == null) {
                    continue; // expired, a cancelled timer's, or a health probe
                }
            }
            if (invoke(m)) {
                countProcessed();
            }
            if (state != LifecycleState.RUNNING) {
                atThroughput = false;
                break;
            }
        }
        if (carrier != null && handled != 0) {
            carrier.countHandled(handled);
        }
        return atThroughput;
    }

    /** Opens an envelope; null when its message must not be handled. */
    private Object open(Envelope envelope) {
        if (envelope instanceof Envelope.Expiring e) {
            if (system.timers().nanoTime() - e.deadline >= 0) {
                system.countExpired();
                if (system.monitored()) {
                    system.emit(new MonitorEvent.MessageExpired(path(), e.message));
                }
                return null;
            }
            return e.message;
        }
        if (envelope instanceof Envelope.Probe probe) {
            probe.reached.run();
            return null;
        }
        Envelope.TimerFire fire = (Envelope.TimerFire) envelope;
        if (timers != null && timers.accept(fire.entry)) {
            return fire.entry.message;
        }
        system.countCancelledTimer(); // its timer was cancelled or replaced: not lost
        return null;
    }

    /** Handles one message; false if the handler threw (the message then counts as failed). */
    @SuppressWarnings("unchecked")
    private boolean invoke(Object envelope) {
        Object message = envelope instanceof AskPromise<?> p ? p.message : envelope;
        current = envelope;
        try {
            dispatcher.dispatch(actor, (M) message, this, this);
            return current != STASHED; // a stashed message is counted when it is handled
        } catch (Throwable t) {
            if (current != STASHED) { // else it waits in the stash, neither failed nor lost
                if (envelope instanceof AskPromise<?> ask) {
                    ask.fail(t);
                }
                system.countFailed();
            }
            fail(t, message.getClass().getSimpleName());
            return false;
        } finally {
            current = null;
        }
    }

    /** Counts a message handled. The actor's thread: atomic for readers, no fence. */
    private void countProcessed() {
        PROCESSED.setOpaque(this, processed + 1);
    }

    @Override
    long processedCount() {
        return (long) PROCESSED.getOpaque(this);
    }

    /**
     * Takes the message being handled for the stash; the handler's reply is then ignored. The
     * actor's thread.
     *
     * @throws IllegalStateException if no message is being handled, or it is stashed already
     */
    Object takeCurrentForStash() {
        Object c = current;
        if (c == null || c == STASHED) {
            throw new IllegalStateException(c == null
                    ? "stash() of " + path() + " was called while no message was being handled;"
                            + " call it from a handler, to set aside the message it handles"
                    : "stash() of " + path() + " was called twice for one message; stash it once");
        }
        current = STASHED;
        return c;
    }

    /** Puts back what {@link #takeCurrentForStash} took, when it could not be stashed. */
    void restoreCurrent(Object message) {
        current = message;
    }

    @Override
    void deliverTerminated(Watchable dead, Throwable cause, Object how) {
        if (how == DeathWatch.DEPENDENCY) { // a running cell's: see onDeathNotice
            fail(new dev.rt.DependencyTerminatedException(path(), dead.path(), cause),
                    "Terminated(" + dead.path() + ")");
            return;
        }
        if (how != DeathWatch.ON_TERMINATED) {
            tell(how); // watchWith: an ordinary message of this actor's protocol
            return;
        }
        try {
            actor.onTerminated(new Terminated(dead.ref(), Optional.ofNullable(cause)), this);
        } catch (Throwable t) {
            fail(t, "Terminated(" + dead.path() + ")");
        }
    }

    // =========================================================================================
    // Parent, Watchable, Watcher (any thread: each hands the event to the actor's thread)

    @Override
    public void childTerminated(ActorCell<?, ?> child, Throwable cause) {
        sendSignal(new Signal.DeathNotice(child, cause));
    }

    @Override
    public void addWatcher(Watcher watcher) {
        sendSignal(new Signal.Watch(watcher));
    }

    @Override
    public void removeWatcher(Watcher watcher) {
        sendSignal(new Signal.Unwatch(watcher));
    }

    @Override
    public ActorRef<?> ref() {
        return self;
    }

    @Override
    public void watchedTerminated(Watchable dead, Throwable failure) {
        sendSignal(new Signal.DeathNotice(dead, failure));
    }

    // =========================================================================================
    // ActorContext (the actor's thread)

    void checkOnActorThread(String what) {
        if (!onOwnThread()) {
            throw new IllegalStateException("ActorContext." + what + " of " + path()
                    + " was called from " + Thread.currentThread().getName()
                    + ", which is not running the actor; only the actor's own thread may use"
                    + " its context (send the actor a message instead)");
        }
    }

    @Override
    public ActorRef<M> self() {
        return self;
    }

    @Override
    public ActorSystem system() {
        return system;
    }

    @Override
    public void stop() {
        checkOnActorThread("stop");
        sendSignal(new Signal.Stop(false));
    }

    @Override
    public void stop(ActorRef<?> child) {
        checkOnActorThread("stop");
        ActorCell<?, ?> cell = Refs.cellOf(child);
        if (children == null || children.get(cell.name) != cell) {
            throw new IllegalArgumentException(child.path() + " is not a child of " + path()
                    + "; stop it through its parent, or call stop() on its reference");
        }
        system.observer().childStopped(self, child);
        cell.sendSignal(new Signal.Stop(true));
    }

    @Override
    public void watch(ActorRef<?> other) {
        checkOnActorThread("watch");
        watchAs(other, Refs.watchable(other), DeathWatch.ON_TERMINATED);
    }

    @Override
    public void watchWith(ActorRef<?> other, M message) {
        checkOnActorThread("watchWith");
        watchAs(other, Refs.watchable(other), Objects.requireNonNull(message, "message"));
    }

    @Override
    public void dependOn(ActorRef<?> other) {
        checkOnActorThread("dependOn");
        watchAs(other, Refs.watchable(other), DeathWatch.DEPENDENCY);
    }

    private void watchAs(ActorRef<?> ref, Watchable other, Object how) {
        system.observer().watched(self, ref,
                how == DeathWatch.ON_TERMINATED || how == DeathWatch.DEPENDENCY ? null : how);
        if (other == this) {
            return; // an actor never outlives itself
        }
        if (watch().watch(other, how)) {
            other.addWatcher(this);
        }
    }

    @Override
    public void unwatch(ActorRef<?> other) {
        checkOnActorThread("unwatch");
        Watchable target = Refs.watchable(other);
        system.observer().unwatched(self, other);
        if (watch != null && watch.unwatch(target)) {
            target.removeWatcher(this);
        }
    }

    @Override
    public Timers<M> timers() {
        checkOnActorThread("timers");
        if (timers == null) {
            timers = new TimersImpl<>(this);
        }
        return timers;
    }

    @Override
    @SuppressWarnings("unchecked") // erased: the descriptor is only ever given its own instance
    public <B extends Actor<M>> void become(B next, BehaviorDescriptor<B, M> nextDescriptor) {
        checkOnActorThread("become");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(nextDescriptor, "descriptor");
        String as = next.getClass().getSimpleName();
        if (actor == null || state != LifecycleState.RUNNING) {
            throw new IllegalStateException(path() + " cannot become " + as + " while it is "
                    + state.toString().toLowerCase(java.util.Locale.ROOT) + "; call become from"
                    + " a handler or preStart");
        }
        if (nextDescriptor.protocol() != descriptor.protocol()) {
            throw new IllegalArgumentException(path() + " cannot become " + as + ": its protocol"
                    + " is " + nextDescriptor.protocol().getSimpleName() + ", not "
                    + descriptor.protocol().getSimpleName() + "; an actor keeps its protocol,"
                    + " so become a behavior of the same one");
        }
        BehaviorDescriptor<B, M> run = system.observer().became(self, nextDescriptor);
        if (run.blocking() != descriptor.blocking()) {
            throw new IllegalArgumentException(path() + " cannot become " + as + ": one of "
                    + as + " and " + behaviorName + " is declared blocking and the other is not,"
                    + " and an actor runs on one kind of thread all its life; declare both"
                    + " @ActorBehavior(blocking = ...) alike");
        }
        actor = (A) next;
        dispatcher = (BehaviorDescriptor<A, M>) (BehaviorDescriptor<?, M>) run;
        behaviorName = as;
    }

    @Override
    StashBuffer stashBuffer() {
        return stash;
    }

    @Override
    CellMailbox.Node head() {
        return (CellMailbox.Node) HEAD.getAcquire(this);
    }

    @Override
    void head(CellMailbox.Node node) {
        HEAD.setRelease(this, node);
    }

    @Override
    void dispatchToSpawned() {
        dispatcher = descriptor;
    }

    @Override
    public dev.rt.Stash stash() {
        checkOnActorThread("stash");
        StashBuffer s = stash;
        if (s == null) {
            int capacity = descriptor.stashCapacity();
            if (capacity < 1) {
                throw new IllegalStateException("the descriptor of " + path() + " says its stash"
                        + " holds " + capacity + " messages; stashCapacity() must return at least 1");
            }
            s = new StashBuffer(this, capacity);
            stash = s;
        }
        return s;
    }

    @Override
    public Logger log() {
        return LOGGERS.get(actor != null ? actor.getClass() : ActorCell.class);
    }

    /**
     * A child of this (unsupervising) actor. The checks come first, so that the system's {@link
     * CellObserver} hears only of a spawn that happens; then the observer may have a stand-in run
     * in the child's cell instead of the child's own behavior (the testkit's does; {@link
     * CellObserver#NONE} never does), and is told of the child before it starts.
     */
    @Override
    public <C extends Actor<N>, N> ActorRef<N> spawn(String childName,
            Supplier<? extends C> childFactory, BehaviorDescriptor<C, N> childDescriptor) {
        Objects.requireNonNull(childDescriptor, "descriptor");
        return spawn(childName, childFactory, childDescriptor,
                system.config().mailboxOf(childDescriptor));
    }

    @Override
    public <C extends Actor<N>, N> ActorRef<N> spawn(String childName,
            Supplier<? extends C> childFactory, BehaviorDescriptor<C, N> childDescriptor,
            Mailbox childMailbox) {
        checkSpawn(childName, childFactory, childDescriptor, childMailbox);
        checkFree(childName, SPAWN_FIX);
        CellObserver observer = system.observer();
        CellObserver.StandIn<?, N> standIn = observer.standIn(self, childName, childDescriptor);
        ActorCell<?, N> child = standIn == null
                ? new ActorCell<>(system, this, childName, childFactory, childDescriptor,
                        childMailbox, false, false)
                : newStandIn(childName, standIn, childMailbox);
        register(child);
        observer.spawned(self, child.self, childDescriptor, childMailbox);
        child.start();
        return child.self;
    }

    private <B extends Actor<N>, N> ActorCell<B, N> newStandIn(String childName,
            CellObserver.StandIn<B, N> standIn, Mailbox childMailbox) {
        return new ActorCell<>(system, this, childName, standIn.factory(), standIn.descriptor(),
                childMailbox, false, false);
    }

    /** Creates and registers a child that this (unsupervising) actor owns, not started yet. */
    <C extends Actor<N>, N> ActorCell<C, N> newChild(String childName,
            Supplier<? extends C> childFactory, BehaviorDescriptor<C, N> childDescriptor,
            Mailbox childMailbox, boolean childIsSupervisor) {
        checkSpawn(childName, childFactory, childDescriptor, childMailbox);
        return addChild(childName, new ActorCell<>(system, this, childName, childFactory,
                childDescriptor, childMailbox, false, childIsSupervisor), SPAWN_FIX);
    }

    /** The checks of a spawn, but for the name being free ({@link #addChild}). */
    private void checkSpawn(String childName, Object childFactory, Object childDescriptor,
            Mailbox childMailbox) {
        Objects.requireNonNull(childMailbox, "mailbox");
        checkOnActorThread("spawn");
        Names.check(childName);
        Objects.requireNonNull(childFactory, "factory");
        Objects.requireNonNull(childDescriptor, "descriptor");
        if (state != LifecycleState.RUNNING) {
            throw new IllegalStateException("cannot spawn '" + childName + "': " + path()
                    + " is not running");
        }
    }

    /**
     * Creates a supervised child without starting it: its supervisor starts it in order. Runs
     * on this cell's thread, or before this cell has started.
     */
    <C extends Actor<N>, N> ActorCell<C, N> createSupervisedChild(String childName,
            Supplier<? extends C> childFactory, BehaviorDescriptor<C, N> childDescriptor,
            Mailbox childMailbox, boolean childIsSupervisor) {
        Names.check(childName);
        return addChild(childName, new ActorCell<>(system, this, childName, childFactory,
                childDescriptor, childMailbox, true, childIsSupervisor),
                "; give each child of a supervisor its own id");
    }

    private <C extends Actor<N>, N> ActorCell<C, N> addChild(String childName,
            ActorCell<C, N> child, String fix) {
        checkFree(childName, fix);
        return register(child);
    }

    /** Adds a child whose name {@link #checkFree} found free. */
    private <C extends Actor<N>, N> ActorCell<C, N> register(ActorCell<C, N> child) {
        Children c = children;
        if (c == null) {
            c = new Children();
            children = c;
        }
        c.add(child);
        return child;
    }

    /** Throws if a live child has that name; {@code fix} says what to do about it. */
    private void checkFree(String childName, String fix) {
        Children c = children;
        if (c != null && c.contains(childName)) {
            throw new InvalidActorNameException("an actor named '" + childName
                    + "' already runs at " + path() + "/" + childName + fix);
        }
    }

    /** {@return the children by name; empty if none. Any thread (a live view).} */
    Map<String, ActorCell<?, ?>> children() {
        Children c = children;
        return c == null ? Map.of() : c.view();
    }

    /**
     * Forgets a child that did not stop within its shutdown timeout, and interrupts its thread if
     * it is still running it. Its late death notice is ignored. The system keeps it as an orphan
     * until it terminates, so that closing still waits for it (or abandons it in turn).
     */
    void abandonChild(ActorCell<?, ?> child) {
        child.interruptRunner();
        if (children != null && children.get(child.name) == child) {
            system.adoptOrphan(child); // first: the child is never out of both the tree and the set
            children.remove(child);
            childGone(child, null);
        }
    }

    // =========================================================================================
    // For the testkit (KitSupport): the actor's thread, inside a Signal.Run

    /** {@return the keys of the running timers} */
    Set<Object> timerKeys() {
        return timers == null ? Set.of() : timers.keys();
    }

    /** Fires a running timer now (see {@link TimersImpl#fireNow}); false if none has the key. */
    boolean fireTimerNow(Object key) {
        return timers != null && timers.fireNow(key);
    }

    /**
     * Tells this actor that {@code dead} terminated, as {@code dead} would (a {@link
     * Signal.DeathNotice}), if it watches {@code dead}; false, and nothing sent, if it does not.
     */
    boolean notifyIfWatching(Watchable dead, Throwable failure) {
        if (watch == null || !watch.watches(dead)) {
            return false;
        }
        watchedTerminated(dead, failure);
        return true;
    }

    /** Runs {@code task} on this cell's thread after {@code delay}, through the timer service. */
    Cancellable runLater(Duration delay, Runnable task) {
        return system.timers().schedule(delay, () -> sendSignal(new Signal.Run(task)));
    }

    // =========================================================================================
    // Introspection (any thread)

    /** {@return whether this is a supervisor's cell} */
    boolean isSupervisorCell() {
        return supervision != null;
    }

    /** {@return whether this actor is declared blocking (its turns run on virtual threads)} */
    boolean isBlocking() {
        return blocking;
    }

    /** A live, approximate view of this actor and its subtree. */
    ActorInfo snapshot() {
        List<ActorCell<?, ?>> kids = new ArrayList<>(children().values());
        kids.sort(Comparator.comparingLong(c -> c.seq));
        List<ActorInfo> infos = new ArrayList<>(kids.size());
        for (ActorCell<?, ?> kid : kids) {
            infos.add(kid.snapshot());
        }
        String known = behaviorName;
        String behavior = isSupervisorCell() ? "Supervisor" : known == null ? "?" : known;
        return new ActorInfo(path(), behavior, actorState(), Math.max(0, incarnations - 1),
                mailboxDepth(), processedCount(), infos);
    }

    /** {@return the lifecycle as the API names it} */
    ActorInfo.State actorState() {
        return switch (state) {
            case NEW -> ActorInfo.State.STARTING;
            case RUNNING -> ActorInfo.State.RUNNING;
            case SUSPENDED, RECYCLING, RESTARTING, DORMANT -> ActorInfo.State.SUSPENDED;
            case STOPPING -> ActorInfo.State.STOPPING;
            case TERMINATED -> ActorInfo.State.TERMINATED;
        };
    }

    // =========================================================================================
    // Replier (the actor's thread, during dispatch)

    @Override
    public void reply(Object value) {
        if (current instanceof AskPromise<?> p) { // not once stashed: its handler will reply
            p.reply(value);
        }
    }

    @Override
    public void replyLater(CompletionStage<?> stage) {
        if (!(current instanceof AskPromise<?> p)) {
            return;
        }
        if (stage == null) {
            p.fail(new IllegalStateException("the handler of " + p.message.getClass().getSimpleName()
                    + " in " + path() + " returned a null CompletionStage; return a stage"));
        } else {
            stage.whenComplete(p);
        }
    }

    @Override
    public String toString() {
        return "ActorCell[" + path() + "]";
    }
}
