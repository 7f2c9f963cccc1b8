package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.Cancellable;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.ChildState;
import dev.rt.supervision.SupervisorProtocol;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first layer of a supervisor's behavior ({@link SupervisorActor}): its children and the work
 * it must do one child at a time. It keeps one {@link ChildSlot} per child, in start order, and
 * runs that work (start in order, stop or recycle in reverse order, each waiting for the child's
 * acknowledgement or its shutdown timeout) as a queue of {@link Step}s. While steps are pending,
 * child exits and administrative requests that arrive are deferred and handled afterwards, in
 * arrival order, as a gen_server supervisor handles its mailbox after a restart.
 *
 * <p>Threading: confined to the supervisor cell's thread, like any behavior. Timers come back to
 * that thread as {@link Signal.Run} signals.
 */
abstract class SupervisorSteps implements Actor<SupervisorProtocol>, ChildWatcher {

    static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);
    final SupervisorSpec spec;
    ActorCell<?, ?> cell;
    /** The children in start order; {@link #byCell} and {@link #byId} index the same slots. */
    final SlotList slots = new SlotList();
    final java.util.Map<ActorCell<?, ?>, ChildSlot> byCell = new java.util.IdentityHashMap<>();
    final java.util.Map<String, ChildSlot> byId = new java.util.HashMap<>();
    final ArrayDeque<Step> steps = new ArrayDeque<>();
    /** The step waiting for an acknowledgement, or null. */
    Step current;
    Cancellable currentTimeout;
    /** Child exits and requests that arrived while steps were pending. */
    final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
    /** The initial start of the children is in progress. */
    boolean starting = true;
    boolean stopping;
    /** This instance was replaced by a restart or has stopped: late timers do nothing. */
    boolean retired;
    int dynamicCount;

    SupervisorSteps(SupervisorSpec spec) {
        this.spec = spec;
    }

    /** Work done one child at a time. */
    sealed interface Step {
        /**
         * Starts a child and waits for it to have started. With a {@code reply}, the start was
         * asked for ({@code startChild}, {@code restartChild}): a failure is answered, and the
         * slot is then kept as terminated ({@code keep}, for {@code restartChild}) or removed.
         */
        record Start(ChildSlot slot, CompletableFuture<ActorRef<?>> reply, boolean keep)
                implements Step {
            Start(ChildSlot slot) {
                this(slot, null, false);
            }
        }

        /** Ends a child's incarnation and waits for it to be dormant. */
        record Recycle(ChildSlot slot, Throwable cause) implements Step {}

        /** Stops a child for good and waits for it to terminate. */
        record Stop(ChildSlot slot) implements Step {}

        /** Waits, for a backoff. */
        record Delay(Duration delay) implements Step {}

        /** Runs an action. */
        record Call(Runnable action) implements Step {}
    }

    /** Creates a child's cell and its slot, at the end of the start order. */
    ChildSlot newSlot(ChildSpec<?> child, boolean dynamic) {
        return newSlot(child, dynamic, null);
    }

    /**
     * Creates a child's cell and its slot, in the place of {@code replacing} in the start order
     * (already dropped from the indexes), or at the end if it is null.
     */
    ChildSlot newSlot(ChildSpec<?> child, boolean dynamic, ChildSlot replacing) {
        // the children a factory may ask for: a template's children have no siblings to ask for,
        // so a simple supervisor with many children does not copy their ids for each new one
        Set<String> earlier = spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE
                ? Set.of()
                : Set.copyOf(byId.keySet());
        ChildSlot slot = new ChildSlot(child, dynamic);
        slot.cell = SupervisedCells.createCell(cell, child, earlier);
        if (replacing == null) {
            slots.add(slot);
        } else {
            slots.replace(replacing, slot);
        }
        index(slot);
        return slot;
    }

    /** Adds a slot at the end of the start order and to both indexes. */
    void addSlot(ChildSlot slot) {
        slots.add(slot);
        index(slot);
    }

    void index(ChildSlot slot) {
        byCell.put(slot.cell, slot);
        byId.put(slot.id(), slot);
    }

    /** Removes a slot from the start order and from both indexes. */
    void dropSlot(ChildSlot slot) {
        slots.remove(slot);
        byCell.remove(slot.cell, slot);
        byId.remove(slot.id(), slot);
    }

    void removeSlot(ChildSlot slot) {
        dropSlot(slot);
        cell.supervision.childRefs.remove(slot.id(), slot.cell.self);
    }

    ChildSlot slotOf(ActorCell<?, ?> child) {
        return byCell.get(child);
    }

    ChildSlot slotById(String id) {
        return byId.get(id);
    }

    /** A deferred request that can be refused when the supervisor stops first. */
    interface Refusable extends Runnable {
        void refuse();
    }

    void abortSteps() {
        steps.clear();
        current = null;
        cancelTimeout();
        for (ChildSlot slot : slots) {
            if (slot.pendingStart != null) {
                slot.pendingStart.cancel();
                slot.pendingStart = null;
            }
            slot.stopHealthCheck();
        }
        for (Runnable r : deferred) {
            if (r instanceof Refusable refusable) {
                refusable.refuse();
            }
        }
        deferred.clear();
    }

    boolean busy() {
        return current != null || !steps.isEmpty();
    }

    void runSteps() {
        while (current == null && !steps.isEmpty()) {
            Step step = steps.poll();
            switch (step) {
                case Step.Call c -> c.action().run();
                case Step.Start s -> {
                    ChildSlot slot = s.slot();
                    if (slot.cell == null || slot.cell.isTerminated()) {
                        continue;
                    }
                    slot.state = slot.restarts == 0 && slot.state == ChildState.STARTING
                            ? ChildState.STARTING
                            : ChildState.RESTARTING;
                    if (starting) {
                        cell.supervision.startingChild = slot.id();
                    }
                    slot.cell.sendSignal(new Signal.Start());
                    if (slot.abandoned) { // it starts when its stuck thread comes back
                        slot.abandoned = false;
                        slot.state = ChildState.RUNNING;
                        complete(s, slot);
                        continue;
                    }
                    current = s;
                }
                case Step.Recycle r -> {
                    ChildSlot slot = r.slot();
                    if (!slot.live()) {
                        continue;
                    }
                    slot.cell.sendSignal(new Signal.Recycle(r.cause(), false));
                    current = r;
                    armTimeout(slot, r);
                }
                case Step.Stop st -> {
                    ChildSlot slot = st.slot();
                    if (!slot.live() || !cell.children().containsKey(slot.id())) {
                        slot.state = ChildState.TERMINATED;
                        continue;
                    }
                    if (slot.pendingStart != null) {
                        slot.pendingStart.cancel();
                        slot.pendingStart = null;
                    }
                    slot.cell.sendSignal(new Signal.Stop(true));
                    current = st;
                    armTimeout(slot, st);
                }
                case Step.Delay d -> {
                    current = d;
                    currentTimeout = cell.runLater(d.delay(), () -> {
                        if (current == d) {
                            current = null;
                            runSteps();
                        }
                    });
                }
            }
        }
        while (!busy() && !deferred.isEmpty() && !retired) {
            deferred.poll().run();
        }
    }

    void advance() {
        current = null;
        cancelTimeout();
        runSteps();
    }

    void cancelTimeout() {
        if (currentTimeout != null) {
            currentTimeout.cancel();
            currentTimeout = null;
        }
    }

    void complete(Step.Start s, ChildSlot slot) {
        if (s.reply() != null) {
            s.reply().complete(slot.cell.self);
        }
    }

    /** Arms the shutdown timeout of a stop or recycle step; zero abandons at once. */
    void armTimeout(ChildSlot slot, Step step) {
        Optional<Duration> timeout = slot.spec.shutdown();
        if (timeout.isEmpty()) {
            return;
        }
        if (timeout.get().isZero()) {
            abandon(slot, step, 0);
            return;
        }
        Cancellable t = cell.runLater(timeout.get(), () -> {
            if (!retired && (step == null ? slot.live() : current == step)) {
                abandon(slot, step, timeout.get().toMillis());
            }
        });
        if (step != null) {
            currentTimeout = t;
        }
    }

    void abandon(ChildSlot slot, Step step, long millis) {
        LOG.warn("{} did not stop within its shutdown timeout of {} ms; it is abandoned and its"
                + " thread interrupted", slot.cell.path(), millis);
        if (cell.system.monitored()) {
            cell.system.emit(new MonitorEvent.ActorAbandoned(slot.cell.path(), millis));
        }
        if (step instanceof Step.Recycle) {
            slot.cell.interruptRunner();
            slot.abandoned = true;
            slot.state = ChildState.RESTARTING;
            if (current == step) {
                advance();
            }
        } else {
            cell.abandonChild(slot.cell); // reports childTerminated, which advances a Stop step
        }
    }

    /**
     * Stops a child's cell for good, ahead of the pending steps, then runs {@code after} once
     * the cell has terminated (or been abandoned after its shutdown timeout).
     */
    void takeDown(ChildSlot slot, Runnable after) {
        steps.addFirst(new Step.Call(after));
        steps.addFirst(new Step.Stop(slot));
        runSteps();
    }
}
