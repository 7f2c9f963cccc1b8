package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.StartIgnoredException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The third layer of a cell (see {@link CellTask}): its lifecycle, as the state machine that
 * {@link LifecycleState} lists with its transitions, driven by the signals that this layer
 * handles ({@link #handle}): start, stop, resume and recycle from a supervisor or the system,
 * watches and death notices, child reports for a supervisor, timers, and abandonment.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>{@link #state} is written by the actor's thread only and read by any thread (a
 *       volatile). Everything else here is confined to the actor's thread, except the
 *       termination hooks ({@link #onTermination}, any thread, a CAS'd list), the abandonment
 *       word ({@link #markAbandoned}, any thread, a CAS) and the counters read for snapshots.
 *   <li><b>Termination.</b> After a producer reads TERMINATED, its message is a dead letter (see
 *       {@link CellMailbox}). {@link #failure} is published to other threads by that write.
 *   <li><b>Supervision.</b> A supervised cell never ends on its own: on a failure or a
 *       non-terminal stop it becomes SUSPENDED (user messages stay queued), reports to its
 *       supervisor with a {@link Signal.ChildExited} and waits for a directive: {@link
 *       Signal.Resume}, {@link Signal.Recycle} (a new incarnation in the same cell, so references
 *       and the mailbox survive) or a terminal {@link Signal.Stop}. The supervisor's side of
 *       these reports is the {@link ChildWatcher} that a supervisor's behavior implements.
 *   <li><b>Abandonment.</b> When {@code close(timeout)} gives up, the system marks each live
 *       cell of the tree once ({@link #markAbandoned}), sends it {@link Signal.Abandon} and
 *       interrupts its runner. The signal is handled like any other, ahead of messages: as soon
 *       as the running handler returns, or at once when the cell is idle. The cell then
 *       terminates without {@code postStop}, whatever its state and without waiting for its
 *       children (each is abandoned in its own right), and reports back once ({@link
 *       #reportAbandoned}, a CAS, also from {@link #turnRefused}); the system terminates when
 *       every abandoned cell has reported. A supervisor abandons a child that outlives its
 *       shutdown timeout in another way: it interrupts it and forgets it, and the system keeps
 *       it as an orphan until it terminates ({@link Children#abandon}).
 * </ul>
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
@SuppressWarnings("serial") // a ForkJoinTask by inheritance only; cells are never serialized
abstract class CellLifecycle<A extends Actor<M>, M> extends CellMailbox {

    private static final long serialVersionUID = 1L;
    static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    private static final VarHandle PROCESSED;
    private static final VarHandle ABANDON;
    private static final VarHandle HOOKS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            PROCESSED = l.findVarHandle(CellLifecycle.class, "processed", long.class);
            ABANDON = l.findVarHandle(CellLifecycle.class, "abandon", int.class);
            HOOKS = l.findVarHandle(CellLifecycle.class, "hooks", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** In {@link #abandon}: the closing system abandoned the cell and waits for it to report. */
    private static final int ABANDONED = 1;
    /** In {@link #abandon}: the abandoned cell has terminated and reported to its system. */
    private static final int REPORTED = 2;
    /** In {@link #hooks}: the hooks have run; later ones run at once. */
    private static final Object HOOKS_DONE = new Object();

    final Supplier<? extends A> factory;
    final BehaviorDescriptor<A, M> descriptor;
    /** Whether the parent is a supervisor, which decides what happens when this cell exits. */
    final boolean supervised;
    /** For a supervisor's cell: its children's references and its start; null for others. */
    final SupervisorState supervision;

    /** See {@link LifecycleState}; written by the actor's thread only. */
    volatile LifecycleState state = LifecycleState.NEW;
    /** The behavior's simple class name once an instance exists; for snapshots. */
    volatile String behaviorName;
    /** Incarnations started so far; the monitor counts restarts from it. Read racily. */
    volatile int incarnations;

    // ---- confined to the actor's thread ----
    /** The current instance, or null (not made yet, dormant, or gone). */
    A actor;
    /** Whether the instance's {@code preStart} returned: only then do its other hooks run. */
    boolean started;
    /** Why the actor exited or is stopping; published by the write of TERMINATED. */
    Throwable failure;
    /** Why the current incarnation is being replaced; reported with the restart. */
    private Throwable restartCause;
    /** The children, made on the first spawn; a live view for snapshots from any thread. */
    volatile Children children;
    /** Watches both ways, made on first use. */
    DeathWatch watch;
    /** The actor's timers, made on first use; cancelled when an incarnation ends. */
    TimersImpl<M> timers;
    /** Messages handled, for introspection; written by the actor's thread, read racily. */
    private long processed;
    /** 0, then {@link #ABANDONED} and {@link #REPORTED}, once each: see {@link #markAbandoned}. */
    private volatile int abandon;
    /** Hooks run once when the cell terminates: a list in a CAS'd field, then a sentinel. */
    private volatile Object hooks;

    CellLifecycle(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor, Mailbox shape, boolean supervised,
            boolean supervisor) {
        super(system, parent, name, descriptor.blocking(), shape,
                descriptor.hasUrgentMessages());
        this.factory = factory;
        this.descriptor = descriptor;
        this.supervised = supervised;
        this.supervision = supervisor ? new SupervisorState() : null;
    }

    @Override
    final boolean isTerminated() {
        return state == LifecycleState.TERMINATED;
    }

    @Override
    final Class<?> protocol() {
        return descriptor.protocol();
    }

    @Override
    @SuppressWarnings("unchecked") // what is told to an ActorRef<M> is an M
    final boolean isUrgent(Object message) {
        return descriptor.isUrgent((M) message);
    }

    /** {@return this cell as its own context and reference holder} */
    abstract ActorCell<A, M> asCell();

    /** Delivers a watched actor's termination as {@code how} says. The actor's thread. */
    abstract void deliverTerminated(Watchable dead, Throwable cause, Object how);

    // =========================================================================================
    // Signals (the actor's thread)

    /** Handles every waiting signal, in arrival order. */
    final void processSignals() {
        Signal s = takeSignals();
        while (s != null) {
            Signal next = s.next;
            s.next = null;
            handle(s);
            s = next;
        }
    }

    private void handle(Signal signal) {
        switch (signal) {
            case Signal.Start s -> onStart();
            case Signal.Stop s -> onStop(s.terminal);
            case Signal.Resume s -> onResume();
            case Signal.Recycle r -> onRecycle(r.cause, r.thenStart);
            case Signal.Watch w -> {
                if (state == LifecycleState.TERMINATED) {
                    w.watcher.watchedTerminated(asCell(), failure);
                } else {
                    watch().addWatcher(w.watcher);
                }
            }
            case Signal.Unwatch u -> {
                if (watch != null) {
                    watch.removeWatcher(u.watcher);
                }
            }
            case Signal.DeathNotice d -> onDeathNotice(d);
            case Signal.ChildStarted c -> {
                if (actor instanceof ChildWatcher w && state != LifecycleState.TERMINATED) {
                    w.childStarted(c.child);
                }
            }
            case Signal.ChildExited c -> {
                if (actor instanceof ChildWatcher w && state != LifecycleState.TERMINATED) {
                    w.childExited(c.child, c.cause);
                }
            }
            case Signal.ChildRecycled c -> {
                if (actor instanceof ChildWatcher w && state != LifecycleState.TERMINATED) {
                    w.childRecycled(c.child);
                }
            }
            case Signal.Run r -> {
                if (state != LifecycleState.TERMINATED) {
                    r.task.run();
                }
            }
            case Signal.Abandon a -> onAbandon();
            case Signal.Fail f -> {
                if (state == LifecycleState.RUNNING) {
                    failed(f.cause);
                }
            }
        }
    }

    /** {@return the death watch, made on first use} */
    final DeathWatch watch() {
        DeathWatch w = watch;
        if (w == null) {
            w = new DeathWatch();
            watch = w;
        }
        return w;
    }

    private void onStart() {
        switch (state) {
            case NEW, DORMANT -> doStart();
            case RECYCLING -> state = LifecycleState.RESTARTING; // starts once torn down
            default -> { } // running, exited, stopping: a late or repeated start
        }
    }

    private void onStop(boolean terminal) {
        if (state.ending()) {
            return;
        }
        if (supervised && !terminal) {
            exit(null); // a normal exit: the supervisor decides, as OTP's does
        } else {
            beginStop(failure);
        }
    }

    private void onResume() {
        if (state == LifecycleState.SUSPENDED && actor != null) {
            Throwable cause = failure;
            failure = null;
            state = LifecycleState.RUNNING;
            CellObserver observer = system.observer();
            if (observer != null) {
                observer.resumed(asCell().self, cause);
            }
        }
    }

    /** Reports an exit to the supervisor and waits for its directive, the mailbox kept. */
    final void exit(Throwable cause) {
        if (state.ending()) {
            return;
        }
        failure = cause;
        if (state == LifecycleState.RUNNING || state == LifecycleState.NEW) {
            state = LifecycleState.SUSPENDED; // a recycling or dormant cell stays as it is
        }
        ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildExited(asCell(), cause));
    }

    /** Ends the incarnation but keeps the cell; see {@link Signal.Recycle}. */
    private void onRecycle(Throwable cause, boolean thenStart) {
        if (state.ending()) {
            return;
        }
        if (state.recycling()) {
            if (thenStart) {
                state = LifecycleState.RESTARTING;
            }
            return;
        }
        restartCause = cause;
        cancelTimers();
        if (actor == null) { // never started, dormant, or its factory failed: nothing to end
            if (thenStart) {
                doStart();
            } else {
                ackRecycled();
            }
            return;
        }
        state = thenStart ? LifecycleState.RESTARTING : LifecycleState.RECYCLING;
        if (started) {
            try {
                actor.preRestart(cause);
            } catch (Throwable t) {
                LOG.warn("preRestart of {} threw, which is ignored: {}", path(), t.toString());
                hookFailed("preRestart", t);
            }
        }
        dropWatches();
        if (actor instanceof ChildWatcher w) {
            w.recycleChildren(cause); // calls recycleDone() when its children are dormant
        } else if (children != null && !children.isEmpty()) {
            children.stopAll();
        } else {
            recycleDone();
        }
    }

    /** The incarnation's teardown is complete. */
    final void recycleDone() {
        boolean thenStart = state == LifecycleState.RESTARTING;
        actor = null;
        started = false;
        failure = null;
        if (thenStart) {
            doStart();
        } else {
            state = LifecycleState.DORMANT;
            ackRecycled();
        }
    }

    private void ackRecycled() {
        if (supervised) {
            ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildRecycled(asCell()));
        }
    }

    /** Tells the supervisor that this cell has started; supervisors call it once theirs have. */
    final void ackStarted() {
        if (supervised) {
            ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildStarted(asCell()));
        }
    }

    private void dropWatches() {
        if (watch != null) {
            watch.dropWatching(asCell());
        }
    }

    private void doStart() {
        state = LifecycleState.RUNNING; // preStart may already spawn children and watch others
        try {
            A instance = factory.get();
            if (instance == null) {
                throw new NullPointerException("the factory of " + path()
                        + " returned null; it must return a new behavior instance");
            }
            actor = instance;
            if (behaviorName == null) {
                behaviorName = instance.getClass().getSimpleName();
            }
            instance.preStart(asCell());
            started = true;
        } catch (StartIgnoredException ignored) {
            if (!supervised) {
                fail(ignored, actor == null ? "its factory" : "preStart");
                return;
            }
            LOG.info("actor {} declined to start: {}", path(), ignored.getMessage());
            if (system.monitored()) {
                system.emit(new MonitorEvent.StartIgnored(path(), ignored.getMessage()));
            }
            exit(ignored); // not a failure: its supervisor keeps the spec, with no child running
            failure = null; // so that the stop that follows is a normal one
            return;
        } catch (Throwable t) {
            fail(t, actor == null ? "its factory" : "preStart");
            return;
        }
        int restarts = incarnations++;
        if (restarts > 0) {
            LOG.info("actor {} restarted (restart #{}) after: {}", path(), restarts,
                    restartCause == null ? "a normal exit, or a sibling's restart"
                            : restartCause.toString());
        }
        if (system.monitored()) {
            system.emit(restarts == 0
                    ? new MonitorEvent.ActorStarted(path(), actor.getClass().getSimpleName())
                    : new MonitorEvent.ActorRestarted(path(), restarts, restartCause));
        }
        CellObserver observer = system.observer();
        if (observer != null && restarts > 0) {
            observer.restarted(asCell().self, restartCause);
        }
        restartCause = null;
        if (!(actor instanceof ChildWatcher)) {
            ackStarted(); // a supervisor acknowledges once its own children have started
        }
    }

    private void onDeathNotice(Signal.DeathNotice notice) {
        Watchable dead = notice.dead;
        boolean wasChild = dead instanceof ActorCell<?, ?> cell && children != null
                && children.remove(cell);
        Object how = watch == null ? null : watch.take(dead);
        if (how != null && state == LifecycleState.RUNNING) {
            deliverTerminated(dead, notice.failure, how);
        }
        if (wasChild) {
            childGone((ActorCell<?, ?>) dead, notice.failure);
        }
    }

    /** A child has terminated, or its supervisor gave up waiting for it. */
    final void childGone(ActorCell<?, ?> child, Throwable cause) {
        if (actor instanceof ChildWatcher w && state != LifecycleState.TERMINATED) {
            w.childTerminated(child, cause);
        } else if (state.recycling() && children.isEmpty()) {
            recycleDone();
        }
        if (state == LifecycleState.STOPPING && children.isEmpty()) {
            finishTermination();
        }
    }

    // =========================================================================================
    // Failure and stopping (the actor's thread)

    /** Reports a failure (log, monitor), then fails the cell. */
    final void fail(Throwable cause, String while_) {
        LOG.error("actor {} failed while handling {}: {}", path(), while_, cause.toString());
        if (LOG.isDebugEnabled()) {
            LOG.debug("stack trace of the failure of " + path(), cause);
        }
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorFailed(path(), while_, cause));
        }
        CellObserver observer = system.observer();
        if (observer != null) {
            observer.failed(asCell().self, cause);
        }
        failed(cause);
    }

    /** Tells the observer, if any, that a hook threw what the runtime ignores. */
    private void hookFailed(String hook, Throwable cause) {
        CellObserver observer = system.observer();
        if (observer != null) {
            observer.hookFailed(asCell().self, hook, cause);
        }
    }

    /**
     * Fails this cell with {@code cause}, already reported: a supervised cell exits to its
     * supervisor, any other stops.
     */
    final void failed(Throwable cause) {
        if (supervised) {
            exit(cause);
        } else {
            beginStop(cause);
        }
    }

    private void beginStop(Throwable cause) {
        if (state.ending()) {
            return;
        }
        failure = cause;
        state = LifecycleState.STOPPING;
        cancelTimers();
        if (children != null && !children.isEmpty()) {
            if (actor instanceof ChildWatcher w) {
                w.shutdown(); // in reverse start order, each within its timeout
            } else {
                children.stopAll();
            }
        } else {
            finishTermination();
        }
    }

    private void finishTermination() {
        if (started && abandon == 0) { // an actor its closing system abandoned gets no postStop
            try {
                actor.postStop();
            } catch (Throwable t) {
                LOG.warn("postStop of {} threw, which is ignored: {}", path(), t.toString());
                hookFailed("postStop", t);
            }
        }
        actor = null;
        dropWatches();
        Throwable cause = failure;
        state = LifecycleState.TERMINATED;
        // Report what is still queued before anyone learns of the termination, so that a
        // watcher that sees Terminated also sees every earlier message accounted for.
        drainMailbox(stopReason());
        system.retireProcessed(processedCount()); // counted once, from now on
        // Likewise free its registered names and end its subscriptions before telling anyone.
        runTerminationHooks();
        CellObserver observer = system.observer();
        if (observer != null) {
            observer.stopped(asCell().self, cause);
        }
        if (watch != null) {
            watch.notifyWatchers(asCell(), cause, parent);
        }
        parent.childTerminated(asCell(), cause);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorStopped(path(), cause != null));
        }
    }

    final void cancelTimers() {
        if (timers != null) {
            timers.clear(); // the runtime's doing, not the behavior's: not observed
            timers = null;
        }
    }

    /** Why messages left in the mailbox of this stopping or stopped cell are not handled. */
    final String stopReason() {
        return abandon != 0 ? "the actor was abandoned when its system closed"
                : failure == null ? "the actor had stopped" : "the actor had failed";
    }

    // =========================================================================================
    // Counting

    /** Counts a message handled. The actor's thread: atomic for readers, no fence. */
    final void countProcessed() {
        PROCESSED.setOpaque(this, processed + 1);
    }

    /** {@return messages handled so far; read from any thread, approximately} */
    final long processedCount() {
        return (long) PROCESSED.getOpaque(this);
    }

    // =========================================================================================
    // Termination hooks (any thread)

    private record Hook(Runnable action, Object next) {}

    /**
     * Runs {@code action} once this actor has terminated (not when it restarts): at once, on the
     * calling thread, if it already has; else on the actor's thread as it terminates, after its
     * mailbox is drained and before its watchers and its parent are told. Any thread; for
     * topics, the registry and pools, which forget a stopped actor.
     */
    final void onTermination(Runnable action) {
        while (true) {
            Object h = hooks;
            if (h == HOOKS_DONE) {
                action.run();
                return;
            }
            if (HOOKS.compareAndSet(this, h, new Hook(action, h))) {
                return;
            }
        }
    }

    /** {@return how many termination hooks wait; for diagnostics and tests} Any thread. */
    final int pendingTerminationHooks() {
        int n = 0;
        for (Object h = hooks; h instanceof Hook hook; h = hook.next()) {
            n++;
        }
        return n;
    }

    private void runTerminationHooks() {
        Object h = HOOKS.getAndSet(this, HOOKS_DONE);
        while (h instanceof Hook hook) {
            try {
                hook.action().run();
            } catch (RuntimeException e) {
                LOG.warn("a termination hook of {} threw: {}", path(), e.toString());
            }
            h = hook.next();
        }
    }

    // =========================================================================================
    // Abandonment

    /**
     * The closing system gave up on this cell ({@link SystemCore#abandonCell}): it terminates
     * now, whatever its state and without {@code postStop}; a child spawned after the system
     * walked the tree, which the walk missed, is abandoned too; then the cell reports back. Its
     * runner's interrupt status is cleared at the end of the turn (see {@link CellTask}).
     */
    private void onAbandon() {
        if (state != LifecycleState.TERMINATED) {
            cancelTimers();
            finishTermination(); // does not wait for children: each is abandoned on its own
        }
        if (children != null) {
            for (ActorCell<?, ?> child : children.all()) {
                system.abandonCell(child); // before this cell reports, so the system still waits
            }
        }
        reportAbandoned();
    }

    /**
     * Marks this cell abandoned by its closing system, once. Any thread; the caller then counts
     * it, and sends it {@link Signal.Abandon}, to which it answers with {@link #reportAbandoned}.
     *
     * @return whether this call marked it
     */
    final boolean markAbandoned() {
        return ABANDON.compareAndSet(this, 0, ABANDONED);
    }

    /** Reports to the system, once, that this abandoned cell has terminated. Actor's thread. */
    private void reportAbandoned() {
        if (ABANDON.compareAndSet(this, ABANDONED, REPORTED)) {
            system.abandonedCellDone();
        }
    }

    /** {@return whether the closing system abandoned this cell and still waits for it} */
    final boolean abandonPending() {
        return abandon == ABANDONED;
    }

    /**
     * The scheduler refused the turn: the system has shut down (or a user's executor has) and
     * this actor will never run again. The caller holds SCHEDULED, so it is the only consumer and
     * acts as the actor's thread: it terminates the cell if it was live (its handled messages
     * counted, its termination hooks run), drops its signals, reports everything still queued,
     * reports to a closing system that waits for it, releases the status, and repeats if more
     * arrived meanwhile. The parent and watchers are not told: nothing runs to hear it.
     */
    @Override
    final void turnRefused() {
        do {
            dropSignals();
            if (state != LifecycleState.TERMINATED) {
                state = LifecycleState.TERMINATED;
                drainMailbox("the actor system has shut down");
                system.retireProcessed(processedCount());
                runTerminationHooks();
            } else {
                drainMailbox("the actor system has shut down");
            }
            reportAbandoned(); // if it was abandoned: its Abandon signal was just dropped
            releaseStatus();
        } while ((hasSignals() || hasMail()) && claimStatus());
    }

    @Override
    final boolean hasWorkAfterTurn() {
        // a NEW, SUSPENDED, recycling or DORMANT cell leaves its messages queued until a signal
        LifecycleState s = state;
        return hasSignals() || ((s == LifecycleState.RUNNING || s.ending()) && hasMail());
    }
}
