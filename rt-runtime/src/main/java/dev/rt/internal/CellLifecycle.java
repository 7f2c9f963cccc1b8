package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.StartIgnoredException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The third layer of a cell (see {@link CellCore}): its lifecycle, as the state machine that
 * {@link LifecycleState} lists with its transitions, driven by the signals that this layer
 * handles ({@link #handle}): start, stop, resume and recycle from a supervisor or the system,
 * watches and death notices, child reports for a supervisor, timers, and abandonment. How the
 * cell then terminates (the last step of a stop, termination hooks, abandonment, a refused turn)
 * is the next layer's, {@link CellTermination}, which this one calls through {@link
 * #finishTermination} and {@link #onAbandon}.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>{@link #state} is written by the actor's thread only and read by any thread (a
 *       volatile). Everything else here is confined to the actor's thread, except the counters
 *       read for snapshots. What other threads do to a cell's termination (its hooks, its
 *       abandonment), and what the write of TERMINATED publishes, is in {@link
 *       CellTermination}.
 *   <li><b>Supervision.</b> A supervised cell never ends on its own: on a failure or a
 *       non-terminal stop it becomes SUSPENDED (user messages stay queued), reports to its
 *       supervisor with a {@link Signal.ChildExited} and waits for a directive: {@link
 *       Signal.Resume}, {@link Signal.Recycle} (a new incarnation in the same cell, so references
 *       and the mailbox survive) or a terminal {@link Signal.Stop}. The supervisor's side of
 *       these reports is the {@link ChildWatcher} that a supervisor's behavior implements.
 * </ul>
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
abstract class CellLifecycle<A extends Actor<M>, M> extends CellMailbox {

    static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    /**
     * See {@link LifecycleState}; written by the actor's thread only. Declared first, so that it
     * lies next to the mailbox's fields: every send reads it (see "Layout" in {@link CellCore}).
     */
    volatile LifecycleState state = LifecycleState.NEW;
    final Supplier<? extends A> factory;
    final BehaviorDescriptor<A, M> descriptor;
    /** Whether the parent is a supervisor, which decides what happens when this cell exits. */
    final boolean supervised;
    /** For a supervisor's cell: its children's references and its start; null for others. */
    final SupervisorState supervision;

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

    /**
     * The last step of a termination, once the children have gone ({@link
     * CellTermination#finishTermination}). The actor's thread.
     */
    abstract void finishTermination();

    /** Handles {@link Signal.Abandon} ({@link CellTermination#onAbandon}). The actor's thread. */
    abstract void onAbandon();

    // =========================================================================================
    // Signals (the actor's thread)

    /**
     * Handles every waiting signal, in arrival order.
     *
     * @return how many it handled
     */
    final int processSignals() {
        Signal s = takeSignals();
        int n = 0;
        while (s != null) {
            Signal next = s.next;
            s.next = null;
            handle(s);
            s = next;
            n++;
        }
        return n;
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
            system.observer().resumed(asCell().self, cause);
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
        StashBuffer stashed = stashBuffer();
        if (stashed != null) {
            stashed.unstashAllOnActorThread(); // the next incarnation handles them first
        }
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

    final void dropWatches() {
        if (watch != null) {
            watch.dropWatching(asCell());
        }
    }

    /** Dispatches to {@link #actor} with {@link #descriptor} again: after a {@code become}. */
    abstract void dispatchToSpawned();

    private void doStart() {
        state = LifecycleState.RUNNING; // preStart may already spawn children and watch others
        try {
            A instance = factory.get();
            if (instance == null) {
                throw new NullPointerException("the factory of " + path()
                        + " returned null; it must return a new behavior instance");
            }
            actor = instance;
            dispatchToSpawned(); // a restart starts over as the behavior it was spawned as
            behaviorName = instance.getClass().getSimpleName();
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
        if (restarts > 0) {
            system.observer().restarted(asCell().self, restartCause);
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
        system.observer().failed(asCell().self, cause);
        failed(cause);
    }

    /** Tells the observer that a hook threw what the runtime ignores. */
    final void hookFailed(String hook, Throwable cause) {
        system.observer().hookFailed(asCell().self, hook, cause);
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

    final void cancelTimers() {
        if (timers != null) {
            timers.clear(); // the runtime's doing, not the behavior's: not observed
            timers = null;
        }
    }

    // =========================================================================================
    // Counting

    /** {@return messages handled so far; read from any thread, approximately} */
    abstract long processedCount();

    @Override
    final boolean hasWorkAfterTurn() {
        // a NEW, SUSPENDED, recycling or DORMANT cell leaves its messages queued until a signal
        LifecycleState s = state;
        return hasSignals() || ((s == LifecycleState.RUNNING || s.ending()) && hasMail());
    }
}
