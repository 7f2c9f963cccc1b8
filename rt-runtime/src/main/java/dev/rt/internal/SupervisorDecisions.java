package dev.rt.internal;

import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.Backoff;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.ChildState;
import dev.rt.supervision.Directive;
import dev.rt.supervision.RestartIntensityException;
import dev.rt.supervision.StartIgnoredException;
import dev.rt.supervision.SupervisorProtocol;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.supervision.SupervisorStartException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The second layer of a supervisor's behavior ({@link SupervisorActor}): what it decides. Its own
 * start, restart and shutdown; each child event (started, exited, recycled, terminated); and the
 * decisions OTP's {@code supervisor} makes: the decider's directive, the restart type, the
 * strategy ({@code ONE_FOR_ONE}, {@code ONE_FOR_ALL}, {@code REST_FOR_ONE}, {@code
 * SIMPLE_ONE_FOR_ONE}), restart intensity and escalation, backoff. The work these decisions call
 * for runs through the step queue of {@link SupervisorSteps}.
 *
 * <p>Restarts happen in the child's cell ({@link Signal.Recycle}), so a child's reference and its
 * mailbox survive. A restart of this supervisor by its own parent keeps its children's cells too:
 * the old instance makes them dormant, and the new one starts them again.
 *
 * <p>Threading: confined to the supervisor cell's thread.
 */
abstract class SupervisorDecisions extends SupervisorSteps {

    final ArrayDeque<Long> restartTimes = new ArrayDeque<>();

    SupervisorDecisions(SupervisorSpec spec) {
        super(spec);
    }

    /** Starts a child's health checks afresh after it has started (see {@link SupervisorActor}). */
    abstract void armHealthCheck(ChildSlot slot);

    @Override
    public void preStart(ActorContext<SupervisorProtocol> context) {
        cell = (ActorCell<?, ?>) context;
        // adopt the children's cells: created in advance, or dormant after this supervisor's
        // own restart; a dynamic child does not survive a restart of its supervisor (OTP)
        Set<String> staticIds = new HashSet<>();
        for (ChildSpec<?> child : spec.children()) {
            staticIds.add(child.id());
        }
        for (ActorCell<?, ?> existing : List.copyOf(cell.children().values())) {
            if (!staticIds.contains(existing.name)) {
                cell.supervision.childRefs.remove(existing.name);
                existing.sendSignal(new Signal.Stop(true));
            }
        }
        for (ChildSpec<?> child : spec.children()) {
            ActorCell<?, ?> existing = cell.children().get(child.id());
            if (existing != null && !existing.isTerminated()) {
                ChildSlot slot = new ChildSlot(child, false);
                slot.cell = existing;
                addSlot(slot);
            } else {
                newSlot(child, false);
            }
        }
        for (ChildSlot slot : slots) {
            steps.add(new Step.Start(slot));
        }
        steps.add(new Step.Call(() -> {
            starting = false;
            cell.supervision.startingChild = null;
            cell.ackStarted();
            cell.supervision.started.complete(null); // once: a later incarnation's is a no-op
        }));
        runSteps();
    }

    @Override
    public void preRestart(Throwable cause) {
        // the cell calls recycleChildren next
    }

    @Override
    public void recycleChildren(Throwable cause) {
        abortSteps();
        for (ChildSlot slot : slots.reversed()) {
            if (slot.live()) {
                steps.add(new Step.Recycle(slot, cause));
            }
        }
        steps.add(new Step.Call(() -> {
            retired = true;
            cell.recycleDone();
        }));
        runSteps();
    }

    @Override
    public void shutdown() {
        stopping = true;
        abortSteps();
        if (spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
            for (ChildSlot slot : slots) { // together, in no order, as OTP stops simple children
                if (slot.live()) {
                    slot.cell.sendSignal(new Signal.Stop(true));
                    armTimeout(slot, null);
                }
            }
        } else {
            for (ChildSlot slot : slots.reversed()) {
                steps.add(new Step.Stop(slot));
            }
        }
        for (ActorCell<?, ?> other : List.copyOf(cell.children().values())) {
            if (slotOf(other) == null) {
                other.sendSignal(new Signal.Stop(true));
            }
        }
        steps.add(new Step.Call(() -> retired = true));
        runSteps();
    }

    @Override
    public void childStarted(ActorCell<?, ?> child) {
        ChildSlot slot = slotOf(child);
        if (slot == null) {
            return;
        }
        slot.state = ChildState.RUNNING;
        slot.lastStart = cell.system.timers().nanoTime();
        armHealthCheck(slot);
        if (current instanceof Step.Start s && s.slot() == slot) {
            complete(s, slot);
            advance();
        }
    }

    @Override
    public void childRecycled(ActorCell<?, ?> child) {
        ChildSlot slot = slotOf(child);
        if (slot != null && current instanceof Step.Recycle r && r.slot() == slot) {
            slot.state = ChildState.RESTARTING;
            advance();
        }
    }

    @Override
    public void childTerminated(ActorCell<?, ?> child, Throwable cause) {
        ChildSlot slot = slotOf(child);
        if (slot == null) {
            return;
        }
        slot.state = ChildState.TERMINATED;
        if (current instanceof Step.Stop s && s.slot() == slot) {
            advance();
        } else if (current instanceof Step.Start s && s.slot() == slot) {
            advance(); // stopped before it could start: nothing to wait for
        }
    }

    @Override
    public void childExited(ActorCell<?, ?> child, Throwable cause) {
        ChildSlot slot = slotOf(child);
        if (slot == null || stopping || retired) {
            return;
        }
        if (cause instanceof StartIgnoredException) {
            declined(slot, child, cause);
            return;
        }
        if (current instanceof Step.Start s && s.slot() == slot) {
            startFailed(s, cause);
            return;
        }
        if ((current instanceof Step.Recycle r && r.slot() == slot)
                || (current instanceof Step.Stop st && st.slot() == slot)) {
            return; // it is being taken down already
        }
        if (busy()) {
            deferred.add(() -> childExited(child, cause));
            return;
        }
        decide(slot, cause);
    }

    void startFailed(Step.Start s, Throwable cause) {
        ChildSlot slot = s.slot();
        current = null;
        cancelTimeout();
        Throwable why = cause != null ? cause
                : new IllegalStateException(slot.cell.path() + " stopped while starting");
        if (s.reply() != null) {
            // start_child leaves nothing behind, restart_child keeps the spec as terminated; both
            // answer once the failed cell has gone, so that its id is free for the next call
            takeDown(slot, () -> {
                if (s.keep()) {
                    slot.state = ChildState.TERMINATED;
                } else {
                    removeSlot(slot);
                }
                s.reply().completeExceptionally(why);
            });
        } else if (starting) { // the supervisor cannot start
            SupervisorStartException failed = new SupervisorStartException(cell.path(), slot.id(),
                    "supervisor " + cell.path() + " could not start its child '" + slot.id()
                            + "': " + why + "; fix the child's factory or preStart", why);
            escalate(failed); // answers the start once the children are down
        } else { // during a restart: another failure, with the intensity as its bound
            steps.clear();
            decide(slot, why);
        }
    }

    /**
     * A child declined to start ({@link StartIgnoredException}, OTP's {@code ignore}): its cell
     * is stopped and its spec kept as terminated, except a simple supervisor's child, which is
     * not kept. A start that was asked for completes with null once the cell has gone.
     */
    void declined(ChildSlot slot, ActorCell<?, ?> child, Throwable cause) {
        CompletableFuture<ActorRef<?>> reply = null;
        if (current instanceof Step.Start s && s.slot() == slot) {
            current = null;
            cancelTimeout();
            reply = s.reply();
        } else if ((current instanceof Step.Recycle r && r.slot() == slot)
                || (current instanceof Step.Stop st && st.slot() == slot)) {
            return; // it is being taken down already
        } else if (busy()) { // a restart of its own that declined: handled once the steps are done
            deferred.add(() -> childExited(child, cause));
            return;
        }
        CompletableFuture<ActorRef<?>> answer = reply;
        takeDown(slot, () -> {
            if (slot.dynamic && spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
                removeSlot(slot);
            } else {
                slot.state = ChildState.TERMINATED;
            }
            if (answer != null) {
                answer.complete(null);
            }
        });
    }

    /** Decides what to do with a child that exited; the supervisor is idle. */
    void decide(ChildSlot slot, Throwable cause) {
        Directive directive = Directive.RESTART;
        if (cause != null) {
            try {
                directive = spec.decider().decide(cause);
            } catch (RuntimeException e) {
                e.addSuppressed(cause);
                escalate(e);
                return;
            }
            if (directive == null) {
                directive = Directive.RESTART;
            }
        }
        switch (directive) {
            case RESUME -> {
                slot.cell.sendSignal(new Signal.Resume());
                if (slot.state == ChildState.RUNNING) {
                    armHealthCheck(slot); // after a failed check, the checks go on
                }
            }
            case STOP -> terminate(slot, null);
            case ESCALATE -> escalate(cause);
            case RESTART -> restart(slot, cause);
        }
    }

    void restart(ChildSlot slot, Throwable cause) {
        boolean again = switch (slot.spec.restart()) {
            case PERMANENT -> true;
            case TRANSIENT -> cause != null;
            case TEMPORARY -> false;
        };
        if (!again) {
            terminate(slot, null);
            return;
        }
        if (!recordRestart()) {
            escalate(new RestartIntensityException(cell.path(), slot.id(), spec.intensity(),
                    spec.period(), cause));
            return;
        }
        switch (spec.strategy()) {
            case ONE_FOR_ONE, SIMPLE_ONE_FOR_ONE -> restartOne(slot, cause);
            case ONE_FOR_ALL -> restartGroup(slot, slots.toList(), cause);
            case REST_FOR_ONE -> restartGroup(slot, slots.from(slot), cause);
        }
    }

    /** Counts a restart against the intensity; false if it is one too many. */
    boolean recordRestart() {
        long now = cell.system.timers().nanoTime();
        long window = spec.period().toNanos();
        while (!restartTimes.isEmpty() && now - restartTimes.peekFirst() >= window) {
            restartTimes.pollFirst();
        }
        if (restartTimes.size() >= spec.intensity()) {
            return false;
        }
        restartTimes.addLast(now);
        return true;
    }

    Duration backoffFor(ChildSlot slot) {
        Backoff backoff = spec.backoff();
        if (backoff == null) {
            return Duration.ZERO;
        }
        long now = cell.system.timers().nanoTime();
        if (slot.lastStart != 0 && now - slot.lastStart >= backoff.resetAfter().toNanos()) {
            slot.consecutive = 0;
        }
        slot.consecutive++;
        Duration delay = backoff.delay(slot.consecutive, ThreadLocalRandom.current().nextDouble());
        if (cell.system.monitored()) {
            cell.system.emit(new MonitorEvent.BackoffScheduled(slot.cell.path(), delay.toMillis()));
        }
        return delay;
    }

    void restartOne(ChildSlot slot, Throwable cause) {
        slot.restarts++;
        slot.state = ChildState.RESTARTING;
        Duration delay = backoffFor(slot);
        if (delay.isZero()) {
            slot.cell.sendSignal(new Signal.Recycle(cause, true));
            return;
        }
        slot.cell.sendSignal(new Signal.Recycle(cause, false));
        ActorCell<?, ?> child = slot.cell;
        slot.pendingStart = cell.runLater(delay, () -> {
            if (!retired && slot.cell == child && slot.state == ChildState.RESTARTING) {
                slot.pendingStart = null;
                child.sendSignal(new Signal.Start());
            }
        });
    }

    void restartGroup(ChildSlot failed, List<ChildSlot> group, Throwable cause) {
        List<ChildSlot> members = new ArrayList<>();
        for (ChildSlot s : group) {
            if (s == failed || s.live()) {
                members.add(s);
            }
        }
        for (ChildSlot s : members.reversed()) {
            if (s.spec.restart() == Restart.TEMPORARY) {
                steps.add(new Step.Stop(s));
                steps.add(new Step.Call(() -> removeSlot(s)));
            } else {
                steps.add(new Step.Recycle(s, cause));
            }
        }
        Duration delay = backoffFor(failed);
        if (!delay.isZero()) {
            steps.add(new Step.Delay(delay));
        }
        for (ChildSlot s : members) {
            if (s.spec.restart() != Restart.TEMPORARY) {
                s.restarts++;
                steps.add(new Step.Start(s));
            }
        }
        runSteps();
    }

    /** Stops a child for good; a temporary or dynamic child's spec goes with it. */
    void terminate(ChildSlot slot, CompletableFuture<Void> reply) {
        steps.add(new Step.Stop(slot));
        steps.add(new Step.Call(() -> {
            if (slot.spec.restart() == Restart.TEMPORARY || slot.dynamic
                    && spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
                removeSlot(slot);
            }
            if (reply != null) {
                reply.complete(null);
            }
        }));
        runSteps();
    }

    /** Makes every child dormant, in reverse order, then fails this supervisor. */
    void escalate(Throwable cause) {
        abortSteps();
        for (ChildSlot slot : slots.reversed()) {
            if (slot.live()) {
                steps.add(new Step.Recycle(slot, cause));
            }
        }
        steps.add(new Step.Call(() -> {
            LOG.error("supervisor {} escalates: {}", cell.path(), String.valueOf(cause));
            if (cell.system.monitored()) {
                cell.system.emit(new MonitorEvent.SupervisorEscalated(cell.path(), cause));
            }
            retired = true;
            if (starting && cause instanceof SupervisorStartException failedStart) {
                cell.supervision.started.completeExceptionally(failedStart);
            }
            cell.failed(cause);
        }));
        runSteps();
    }
}
