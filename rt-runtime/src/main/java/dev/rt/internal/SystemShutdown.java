package dev.rt.internal;

import dev.rt.ActorSystem;
import dev.rt.MonitorEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shutdown sequence of one {@link SystemCore}: its state, {@code close}, the abandonment of
 * the actors still live when {@code close(timeout)} gives up, the orphans that the system waits
 * for, and the termination of the system. One per system, made with it.
 *
 * <p>Concurrency: any thread may close, and the cells call in from their own threads as they
 * terminate. {@link #state} moves once from RUNNING to CLOSING, perhaps to ABANDONING, and to
 * TERMINATED. The top level is the system's map, which this class reads through a live view: a
 * spawn that races the move to CLOSING either fails or is stopped by the shutdown, because the
 * shutdown stops every child that is in the map after the state changed (see {@link
 * SystemCore#newTopLevel}).
 *
 * <p>Termination ({@link #maybeFinish}): a CLOSING system terminates when the tree is empty and
 * no orphan (a child its supervisor abandoned, see {@link ActorCell#abandonChild}) still runs.
 * Each cell that terminates removes itself and then checks; the check reads the state last, so a
 * check that sees an empty tree and CLOSING was not misled by an abandoned cell, which leaves
 * the tree only after the move to ABANDONING. An ABANDONING system terminates when {@link
 * #unsettled} reaches zero: it counts the abandoned cells that have not reported back, plus one
 * held by the walk in {@link #abandon} until it ends. A cell is counted before it is signalled.
 * A cell abandoned after the walk (a child spawned meanwhile, which its abandoned parent finds as
 * it handles its own abandonment; an orphan made meanwhile) is counted on the thread of a cell
 * that is still counted (that parent; the supervisor, or its nearest abandoned ancestor, which
 * has not yet found it), so the count cannot reach zero early.
 */
final class SystemShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(ActorSystem.class);

    private static final int RUNNING = 0;
    private static final int CLOSING = 1;
    /** close() gave up waiting; the system waits for each abandoned cell to come back. */
    private static final int ABANDONING = 2;
    private static final int TERMINATED = 3;

    private final SystemCore system;
    /** The system's top-level actors: a live view of its map. */
    private final Collection<ActorCell<?, ?>> topLevel;
    /** Whether the system made its timer service, and so closes it. */
    private final boolean ownTimers;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    /** Why the system closed on its own; written before the state leaves RUNNING. */
    private volatile Throwable rootFailure;
    /** Children abandoned by their supervisors that have not terminated: out of the tree. */
    private final Set<ActorCell<?, ?>> orphans = ConcurrentHashMap.newKeySet();
    /** Abandoned cells that have not reported back, plus one held by the walk: see above. */
    private final AtomicInteger unsettled = new AtomicInteger(1);
    /** The timeout after which close() gave up, in ms; -1 before. Set once, before ABANDONING. */
    private final java.util.concurrent.atomic.AtomicLong abandonMillis =
            new java.util.concurrent.atomic.AtomicLong(-1);
    /** The cells abandoned so far, for the interrupts repeated until they report. */
    private final java.util.Queue<ActorCell<?, ?>> abandoned =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * @param system the system
     * @param topLevel a live view of its top-level actors
     * @param ownTimers whether the system made its timer service, which then closes with it
     */
    SystemShutdown(SystemCore system, Collection<ActorCell<?, ?>> topLevel, boolean ownTimers) {
        this.system = system;
        this.topLevel = topLevel;
        this.ownTimers = ownTimers;
    }

    /** {@return whether the system still runs: no close has begun} */
    boolean isRunning() {
        return state.get() == RUNNING;
    }

    boolean isTerminated() {
        return state.get() == TERMINATED;
    }

    /** {@return completes when the system has terminated} */
    CompletionStage<Void> whenTerminated() {
        return terminated.minimalCompletionStage();
    }

    /**
     * The children abandoned by their supervisors that have not terminated; a live set, read
     * by the accounting. Any thread.
     */
    Collection<ActorCell<?, ?>> orphans() {
        return orphans;
    }

    /**
     * Stops every actor and waits for them, bounded; on the timeout, abandons those still live
     * ({@link #abandon}) and returns without waiting for them. Called from one of the system's
     * own carriers, only starts the shutdown.
     *
     * @param timeout the bound
     * @return whether every actor stopped in time
     */
    boolean close(Duration timeout) {
        beginClose();
        if (system.scheduler().onOwnCarrier()) {
            return terminated.isDone();
        }
        try {
            terminated.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            abandon(timeout);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    /** Starts the shutdown, once: every top-level actor gets a terminal stop. */
    void beginClose() {
        if (state.compareAndSet(RUNNING, CLOSING)) {
            for (ActorCell<?, ?> cell : topLevel) {
                cell.sendSignal(new Signal.Stop(true));
            }
            maybeFinish();
        }
    }

    /** A failure reached the root: a top-level supervisor gave up. The system closes. */
    void failSystem(String path, Throwable cause) {
        if (rootFailure == null) {
            rootFailure = cause;
        }
        LOG.error("a failure reached the root of actor system '{}': supervisor {} gave up ({});"
                + " the system closes", system.name(), path, cause.toString());
        if (system.monitored()) {
            system.emit(new MonitorEvent.SystemFailed(path, cause));
        }
        beginClose();
    }

    /**
     * Keeps a child that its supervisor abandoned (and no longer holds) until it terminates, so
     * that a closing system still waits for it, or abandons it in turn. The supervisor's thread,
     * before the child leaves its children.
     */
    void adoptOrphan(ActorCell<?, ?> child) {
        orphans.add(child);
        child.onTermination(() -> { // at once if it has terminated already
            orphans.remove(child);
            maybeFinish();
        });
        if (state.get() == ABANDONING) {
            abandonCell(child); // the supervisor, or an ancestor, holds a count: see above
        }
    }

    /**
     * close() gave up waiting: abandons, once, every live cell of the tree and every orphan,
     * with their subtrees ({@link #abandonCell}). The executors keep running, so that each
     * abandoned cell can come back (see {@link CellTermination}, "Abandonment"); the system
     * terminates when the last one has, and the interrupts are repeated every {@code timeout}
     * until then. Returns at once.
     */
    private void abandon(Duration timeout) {
        if (!abandonMillis.compareAndSet(-1, timeout.toMillis())
                || !state.compareAndSet(CLOSING, ABANDONING)) {
            return; // another close() gave up first, or the system has just terminated
        }
        List<String> stuck = new ArrayList<>();
        java.util.ArrayDeque<ActorCell<?, ?>> todo = new java.util.ArrayDeque<>(topLevel);
        todo.addAll(orphans);
        while (!todo.isEmpty()) { // parents before their children
            ActorCell<?, ?> cell = todo.poll();
            dev.rt.ActorInfo.State was = cell.actorState();
            if (abandonCell(cell)) {
                stuck.add(cell.path() + " (" + was.name().toLowerCase(java.util.Locale.ROOT)
                        + ")");
            }
            todo.addAll(cell.children().values());
        }
        LOG.warn("actor system '{}' did not stop within {} ms; abandoning {}: each one's"
                + " thread is interrupted and it terminates, without postStop, as soon as its"
                + " handler returns, its queued messages dead letters; the system terminates"
                + " when all have (a handler that ignores interrupts and never returns keeps it"
                + " from terminating): {}", system.name(), timeout.toMillis(),
                stuck.size() == 1 ? "1 actor" : stuck.size() + " actors",
                stuck);
        interruptAgainAfter(timeout);
        settled(); // the walk's own count
    }

    /**
     * Abandons one cell, once, unless it has terminated: counts it, reports it, sends it {@link
     * Signal.Abandon} and interrupts its runner. The signal goes first, so that a turn starting
     * now finds it before any message; the interrupt then reaches a handler already running.
     * Any thread; the caller holds a count (see the class comment).
     *
     * @return whether this call abandoned it
     */
    boolean abandonCell(ActorCell<?, ?> cell) {
        if (cell.isTerminated() || !cell.markAbandoned()) {
            return false;
        }
        unsettled.incrementAndGet();
        abandoned.add(cell);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorAbandoned(cell.path(), abandonMillis.get()));
        }
        cell.sendSignal(new Signal.Abandon());
        cell.interruptRunner();
        return true;
    }

    /** An abandoned cell has terminated and come back ({@link CellTermination#reportAbandoned}). */
    void abandonedCellDone() {
        settled();
    }

    private void settled() {
        if (unsettled.decrementAndGet() == 0) {
            maybeFinish();
        }
    }

    /**
     * Interrupts again, every {@code period} until the system terminates, the abandoned cells
     * that have not come back: a handler that started just as its cell was abandoned may have
     * missed the first interrupt (the runner it would have read was not yet visible), and one
     * that swallowed an interrupt is asked again. On the timer service; off every actor's path.
     */
    private void interruptAgainAfter(Duration period) {
        try {
            system.timers().schedule(period, () -> {
                if (state.get() != ABANDONING) {
                    return;
                }
                abandoned.removeIf(cell -> !cell.abandonPending());
                for (ActorCell<?, ?> cell : abandoned) {
                    cell.interruptRunner();
                }
                interruptAgainAfter(period);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the timer service is closed: the system has terminated, or its user closed it
        }
    }

    /** Terminates the system if it is closing and nothing it waits for is left (see above). */
    void maybeFinish() {
        boolean treeGone = topLevel.isEmpty() && orphans.isEmpty();
        int s = state.get(); // last: see the class comment
        if (s == ABANDONING ? unsettled.get() == 0 : s == CLOSING && treeGone) {
            finish(s);
        }
    }

    private void finish(int from) {
        if (!state.compareAndSet(from, TERMINATED)) {
            return; // finished already, or another close() has just begun abandoning: it will
        }
        if (ownTimers) {
            system.timers().close();
        }
        system.scheduler().shutdown();
        abandoned.clear();
        dev.rt.Accounting a = system.accounting();
        LOG.info("actor system '{}' terminated: {} processed, {} failed, and not"
                + " delivered: {} dropped, {} expired, {}", system.name(),
                a.processed() == 1 ? "1 message" : a.processed() + " messages",
                a.failed(), a.dropped(), a.expired(),
                a.deadLettered() == 1 ? "1 dead letter" : a.deadLettered() + " dead letters");
        Throwable failure = rootFailure;
        if (failure == null) {
            terminated.complete(null);
        } else {
            terminated.completeExceptionally(failure);
        }
    }
}
