package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.spi.BehaviorDescriptor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * The fourth layer of a cell (see {@link CellCore}): how it terminates. The last step of every
 * termination ({@link #finishTermination}), the hooks that other threads register to run then
 * ({@link #onTermination}), the abandonment of the cell by its closing system ({@link
 * #markAbandoned}, {@link Signal.Abandon}), and the end of a cell whose turn the scheduler
 * refused ({@link #turnRefused}). The lifecycle that leads here is {@link CellLifecycle}'s.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>What this layer does runs on the actor's thread, except the termination hooks ({@link
 *       #onTermination}, any thread, a CAS'd list), the abandonment word ({@link #markAbandoned},
 *       {@link #abandonPending}, any thread, a CAS) and {@link #turnRefused} (the thread that
 *       holds SCHEDULED, which acts as the actor's thread).
 *   <li><b>Termination.</b> After a producer reads TERMINATED, its message is a dead letter (see
 *       {@link CellMailbox}). {@link #failure} is published to other threads by that write.
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
abstract class CellTermination<A extends Actor<M>, M> extends CellLifecycle<A, M> {

    private static final VarHandle ABANDON;
    private static final VarHandle HOOKS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            ABANDON = l.findVarHandle(CellTermination.class, "abandon", int.class);
            HOOKS = l.findVarHandle(CellTermination.class, "hooks", Object.class);
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

    /** 0, then {@link #ABANDONED} and {@link #REPORTED}, once each: see {@link #markAbandoned}. */
    private volatile int abandon;
    /** Hooks run once when the cell terminates: a list in a CAS'd field, then a sentinel. */
    private volatile Object hooks;

    CellTermination(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor, Mailbox shape, boolean supervised,
            boolean supervisor) {
        super(system, parent, name, factory, descriptor, shape, supervised, supervisor);
    }

    // =========================================================================================
    // Termination (the actor's thread)

    @Override
    final void finishTermination() {
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
        system.observer().stopped(asCell().self, cause);
        if (watch != null) {
            watch.notifyWatchers(asCell(), cause, parent);
        }
        parent.childTerminated(asCell(), cause);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorStopped(path(), cause != null));
        }
    }

    /** Why messages left in the mailbox of this stopping or stopped cell are not handled. */
    final String stopReason() {
        return abandon != 0 ? "the actor was abandoned when its system closed"
                : failure == null ? "the actor had stopped" : "the actor had failed";
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
     * runner's interrupt status is cleared at the end of the turn (see {@link CellCore}).
     */
    @Override
    final void onAbandon() {
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
}
