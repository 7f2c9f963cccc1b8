package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.Cancellable;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.Backoff;
import dev.rt.supervision.ChildCounts;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.ChildState;
import dev.rt.supervision.Directive;
import dev.rt.supervision.HealthCheck;
import dev.rt.supervision.HealthCheckFailedException;
import dev.rt.supervision.RestartIntensityException;
import dev.rt.supervision.Siblings;
import dev.rt.supervision.StartIgnoredException;
import dev.rt.supervision.SupervisorProtocol;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.supervision.SupervisorStartException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The behavior of a supervisor's cell: Erlang/OTP's {@code supervisor} on RT's cells.
 *
 * <p>It keeps one {@link Slot} per child, in start order, and runs the work that must happen one
 * child at a time (start in order, stop or recycle in reverse order, each waiting for the child's
 * acknowledgement or its shutdown timeout) as a queue of {@link Step}s. While steps are pending,
 * child exits and administrative requests that arrive are deferred and handled afterwards, in
 * arrival order, as a gen_server supervisor handles its mailbox after a restart.
 *
 * <p>Restarts happen in the child's cell ({@link Signal.Recycle}), so a child's reference and its
 * mailbox survive. A restart of this supervisor by its own parent keeps its children's cells too:
 * the old instance makes them dormant, and the new one starts them again.
 *
 * <p>Threading: confined to the supervisor cell's thread, like any behavior. Timers come back to
 * that thread as {@link Signal.Run} signals.
 */
final class SupervisorActor implements Actor<SupervisorProtocol>, ChildWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    private final SupervisorSpec spec;
    private ActorCell<?, ?> cell;
    /** The children in start order; {@link #byCell} and {@link #byId} index the same slots. */
    private final SlotList slots = new SlotList();
    private final java.util.Map<ActorCell<?, ?>, Slot> byCell = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, Slot> byId = new java.util.HashMap<>();
    private final ArrayDeque<Long> restartTimes = new ArrayDeque<>();
    private final ArrayDeque<Step> steps = new ArrayDeque<>();
    /** The step waiting for an acknowledgement, or null. */
    private Step current;
    private Cancellable currentTimeout;
    /** Child exits and requests that arrived while steps were pending. */
    private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
    /** The initial start of the children is in progress. */
    private boolean starting = true;
    private boolean stopping;
    /** This instance was replaced by a restart or has stopped: late timers do nothing. */
    private boolean retired;
    private int dynamicCount;

    SupervisorActor(SupervisorSpec spec) {
        this.spec = spec;
    }

    /** One child: its spec, its cell, and what the supervisor knows of it. */
    static final class Slot {
        final ChildSpec<?> spec;
        final boolean dynamic;
        ActorCell<?, ?> cell;
        ChildState state = ChildState.STARTING;
        int restarts;
        int consecutive;
        long lastStart;
        boolean abandoned;
        Cancellable pendingStart;
        /** The health check's next probe or current deadline; null without a check. */
        Cancellable healthTimer;
        /** Which probe is current: a late answer or deadline of an older one is ignored. */
        int healthRound;
        /** The neighbours in start order; see {@link SlotList}. */
        Slot prev;
        Slot next;

        Slot(ChildSpec<?> spec, boolean dynamic) {
            this.spec = spec;
            this.dynamic = dynamic;
        }

        String id() {
            return spec.id();
        }

        boolean live() {
            return cell != null && state != ChildState.TERMINATED && !cell.isTerminated();
        }
    }

    /** Work done one child at a time. */
    private sealed interface Step {
        /**
         * Starts a child and waits for it to have started. With a {@code reply}, the start was
         * asked for ({@code startChild}, {@code restartChild}): a failure is answered, and the
         * slot is then kept as terminated ({@code keep}, for {@code restartChild}) or removed.
         */
        record Start(Slot slot, CompletableFuture<ActorRef<?>> reply, boolean keep)
                implements Step {
            Start(Slot slot) {
                this(slot, null, false);
            }
        }

        /** Ends a child's incarnation and waits for it to be dormant. */
        record Recycle(Slot slot, Throwable cause) implements Step {}

        /** Stops a child for good and waits for it to terminate. */
        record Stop(Slot slot) implements Step {}

        /** Waits, for a backoff. */
        record Delay(Duration delay) implements Step {}

        /** Runs an action. */
        record Call(Runnable action) implements Step {}
    }

    // =========================================================================================
    // Creating children

    /**
     * Creates the cells of the static children of a supervisor cell that has not started, so
     * that their references are known at once; recursively for nested supervisors.
     */
    static void precreate(ActorCell<?, ?> supervisorCell, SupervisorSpec spec) {
        List<String> earlier = new ArrayList<>();
        for (ChildSpec<?> child : spec.children()) {
            createCell(supervisorCell, child, Set.copyOf(earlier));
            earlier.add(child.id());
        }
    }

    /**
     * Makes a supervisor cell that terminates before its first start has completed fail its
     * {@link SupervisorState#started} stage, so that nobody waits for it forever.
     */
    static void reportStartOnTermination(ActorCell<?, ?> supervisorCell) {
        SupervisorState state = supervisorCell.supervision;
        supervisorCell.onTermination(() -> {
            if (!state.started.isDone()) {
                String child = state.startingChild;
                state.started.completeExceptionally(new SupervisorStartException(
                        supervisorCell.path(), null, "supervisor " + supervisorCell.path()
                        + " stopped before its children had started"
                        + (child == null ? "" : " (child '" + child + "' was starting)")
                        + "; it was stopped, or its parent or the system closed", null));
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ActorCell<?, ?> createCell(ActorCell<?, ?> parent, ChildSpec<?> child,
            Set<String> earlier) {
        ActorCell<?, ?> created;
        if (child.isSupervisor()) {
            SupervisorSpec nested = child.supervisorSpec();
            created = parent.createSupervisedChild(child.id(), () -> new SupervisorActor(nested),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
            precreate(created, nested);
            reportStartOnTermination(created);
        } else {
            Siblings siblings = new Siblings() {
                @Override
                public <N> ActorRef<N> ref(String id) {
                    LocalRef<?> ref = earlier.contains(id) ? parent.supervision.childRefs.get(id) : null;
                    if (ref == null) {
                        throw new IllegalArgumentException("child '" + child.id() + "' of "
                                + parent.path() + " asked for sibling '" + id + "', which is not"
                                + " a child that starts before it; its earlier siblings are "
                                + earlier);
                    }
                    return (ActorRef<N>) ref;
                }
            };
            Supplier factory = () -> child.factory().create(siblings);
            created = parent.createSupervisedChild(child.id(), factory,
                    (BehaviorDescriptor) child.descriptor(), child.mailbox(), false);
        }
        parent.supervision.childRefs.put(child.id(), created.self);
        return created;
    }

    /** Creates a child's cell and its slot, at the end of the start order. */
    private Slot newSlot(ChildSpec<?> child, boolean dynamic) {
        return newSlot(child, dynamic, null);
    }

    /**
     * Creates a child's cell and its slot, in the place of {@code replacing} in the start order
     * (already dropped from the indexes), or at the end if it is null.
     */
    private Slot newSlot(ChildSpec<?> child, boolean dynamic, Slot replacing) {
        // the children a factory may ask for: a template's children have no siblings to ask for,
        // so a simple supervisor with many children does not copy their ids for each new one
        Set<String> earlier = spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE
                ? Set.of()
                : Set.copyOf(byId.keySet());
        Slot slot = new Slot(child, dynamic);
        slot.cell = createCell(cell, child, earlier);
        if (replacing == null) {
            slots.add(slot);
        } else {
            slots.replace(replacing, slot);
        }
        index(slot);
        return slot;
    }

    /** Adds a slot at the end of the start order and to both indexes. */
    private void addSlot(Slot slot) {
        slots.add(slot);
        index(slot);
    }

    private void index(Slot slot) {
        byCell.put(slot.cell, slot);
        byId.put(slot.id(), slot);
    }

    /** Removes a slot from the start order and from both indexes. */
    private void dropSlot(Slot slot) {
        slots.remove(slot);
        byCell.remove(slot.cell, slot);
        byId.remove(slot.id(), slot);
    }

    // =========================================================================================
    // Lifecycle

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
                Slot slot = new Slot(child, false);
                slot.cell = existing;
                addSlot(slot);
            } else {
                newSlot(child, false);
            }
        }
        for (Slot slot : slots) {
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
        for (Slot slot : slots.reversed()) {
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
            for (Slot slot : slots) { // together, in no order, as OTP stops simple children
                if (slot.live()) {
                    slot.cell.sendSignal(new Signal.Stop(true));
                    armTimeout(slot, null);
                }
            }
        } else {
            for (Slot slot : slots.reversed()) {
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

    private void abortSteps() {
        steps.clear();
        current = null;
        cancelTimeout();
        for (Slot slot : slots) {
            if (slot.pendingStart != null) {
                slot.pendingStart.cancel();
                slot.pendingStart = null;
            }
            stopHealthCheck(slot);
        }
        for (Runnable r : deferred) {
            if (r instanceof Refusable refusable) {
                refusable.refuse();
            }
        }
        deferred.clear();
    }

    // =========================================================================================
    // The step queue

    private boolean busy() {
        return current != null || !steps.isEmpty();
    }

    private void runSteps() {
        while (current == null && !steps.isEmpty()) {
            Step step = steps.poll();
            switch (step) {
                case Step.Call c -> c.action().run();
                case Step.Start s -> {
                    Slot slot = s.slot();
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
                    Slot slot = r.slot();
                    if (!slot.live()) {
                        continue;
                    }
                    slot.cell.sendSignal(new Signal.Recycle(r.cause(), false));
                    current = r;
                    armTimeout(slot, r);
                }
                case Step.Stop st -> {
                    Slot slot = st.slot();
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

    private void advance() {
        current = null;
        cancelTimeout();
        runSteps();
    }

    private void cancelTimeout() {
        if (currentTimeout != null) {
            currentTimeout.cancel();
            currentTimeout = null;
        }
    }

    private void complete(Step.Start s, Slot slot) {
        if (s.reply() != null) {
            s.reply().complete(slot.cell.self);
        }
    }

    /** Arms the shutdown timeout of a stop or recycle step; zero abandons at once. */
    private void armTimeout(Slot slot, Step step) {
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

    private void abandon(Slot slot, Step step, long millis) {
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

    // =========================================================================================
    // Child events

    private Slot slotOf(ActorCell<?, ?> child) {
        return byCell.get(child);
    }

    @Override
    public void childStarted(ActorCell<?, ?> child) {
        Slot slot = slotOf(child);
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
        Slot slot = slotOf(child);
        if (slot != null && current instanceof Step.Recycle r && r.slot() == slot) {
            slot.state = ChildState.RESTARTING;
            advance();
        }
    }

    @Override
    public void childTerminated(ActorCell<?, ?> child, Throwable cause) {
        Slot slot = slotOf(child);
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
        Slot slot = slotOf(child);
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

    private void startFailed(Step.Start s, Throwable cause) {
        Slot slot = s.slot();
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
    private void declined(Slot slot, ActorCell<?, ?> child, Throwable cause) {
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

    /**
     * Stops a child's cell for good, ahead of the pending steps, then runs {@code after} once
     * the cell has terminated (or been abandoned after its shutdown timeout).
     */
    private void takeDown(Slot slot, Runnable after) {
        steps.addFirst(new Step.Call(after));
        steps.addFirst(new Step.Stop(slot));
        runSteps();
    }

    /** Decides what to do with a child that exited; the supervisor is idle. */
    private void decide(Slot slot, Throwable cause) {
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

    private void restart(Slot slot, Throwable cause) {
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
    private boolean recordRestart() {
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

    private Duration backoffFor(Slot slot) {
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

    private void restartOne(Slot slot, Throwable cause) {
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

    private void restartGroup(Slot failed, List<Slot> group, Throwable cause) {
        List<Slot> members = new ArrayList<>();
        for (Slot s : group) {
            if (s == failed || s.live()) {
                members.add(s);
            }
        }
        for (Slot s : members.reversed()) {
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
        for (Slot s : members) {
            if (s.spec.restart() != Restart.TEMPORARY) {
                s.restarts++;
                steps.add(new Step.Start(s));
            }
        }
        runSteps();
    }

    /** Stops a child for good; a temporary or dynamic child's spec goes with it. */
    private void terminate(Slot slot, CompletableFuture<Void> reply) {
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

    private void removeSlot(Slot slot) {
        dropSlot(slot);
        cell.supervision.childRefs.remove(slot.id(), slot.cell.self);
    }

    /** Makes every child dormant, in reverse order, then fails this supervisor. */
    private void escalate(Throwable cause) {
        abortSteps();
        for (Slot slot : slots.reversed()) {
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

    // =========================================================================================
    // Requests from dev.rt.supervision.Supervisor

    /** A deferred request that can be refused when the supervisor stops first. */
    private interface Refusable extends Runnable {
        void refuse();
    }

    private <T> CompletionStage<T> whenIdle(CompletableFuture<T> reply, Runnable work) {
        if (stopping || retired) {
            reply.completeExceptionally(stoppingError());
        } else if (busy()) {
            deferred.add(new Refusable() {
                @Override
                public void run() {
                    work.run();
                }

                @Override
                public void refuse() {
                    reply.completeExceptionally(stoppingError());
                }
            });
        } else {
            work.run();
        }
        return reply;
    }

    private IllegalStateException stoppingError() {
        return new IllegalStateException("supervisor " + cell.path()
                + " is stopping or restarting and dropped the request; retry once it runs");
    }

    private Slot slotById(String id) {
        return byId.get(id);
    }

    private IllegalArgumentException noChild(String id) {
        List<String> ids = new ArrayList<>();
        for (Slot slot : slots) {
            ids.add(slot.id());
        }
        return new IllegalArgumentException("supervisor " + cell.path() + " has no child '" + id
                + "'; its children are " + ids);
    }

    CompletionStage<ActorRef<?>> startChild(ChildSpec<?> child) {
        CompletableFuture<ActorRef<?>> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            if (spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
                reply.completeExceptionally(new IllegalArgumentException("supervisor " + cell.path()
                        + " is SIMPLE_ONE_FOR_ONE: start its children with startChildWith(argument)"));
            } else if (slotById(child.id()) != null) {
                reply.completeExceptionally(new IllegalArgumentException("supervisor " + cell.path()
                        + " already has a child '" + child.id() + "'; choose another id, or"
                        + " delete that child first"));
            } else {
                Slot slot = created(reply, () -> newSlot(child, true));
                if (slot != null) {
                    steps.add(new Step.Start(slot, reply, false));
                    runSteps();
                }
            }
        });
    }

    /**
     * Creates a child's slot and cell for a request; a creation that throws fails the request
     * instead of this supervisor, which must never fail for a bad request.
     */
    private Slot created(CompletableFuture<ActorRef<?>> reply, Supplier<Slot> create) {
        try {
            return create.get();
        } catch (RuntimeException e) {
            reply.completeExceptionally(e);
            return null;
        }
    }

    CompletionStage<ActorRef<?>> startChildWith(Object argument) {
        CompletableFuture<ActorRef<?>> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            if (spec.template() == null) {
                reply.completeExceptionally(new IllegalArgumentException("supervisor " + cell.path()
                        + " is " + spec.strategy() + ", not SIMPLE_ONE_FOR_ONE: add children"
                        + " with startChild(spec)"));
                return;
            }
            String id;
            do {
                id = spec.template().prefix() + "-" + ++dynamicCount;
            } while (cell.children().containsKey(id));
            String childId = id;
            Slot slot = created(reply,
                    () -> newSlot(spec.template().specFor(childId, argument), true));
            if (slot != null) {
                steps.add(new Step.Start(slot, reply, false));
                runSteps();
            }
        });
    }

    CompletionStage<Void> terminateChild(String id) {
        CompletableFuture<Void> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            Slot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else {
                terminate(slot, reply);
            }
        });
    }

    CompletionStage<ActorRef<?>> restartChild(String id) {
        CompletableFuture<ActorRef<?>> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            Slot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else if (slot.state != ChildState.TERMINATED) {
                reply.completeExceptionally(new IllegalStateException("child '" + id + "' of "
                        + cell.path() + " is " + slot.state + "; only a terminated child can be"
                        + " restarted by hand"));
            } else {
                byCell.remove(slot.cell, slot);
                byId.remove(slot.id(), slot);
                Slot fresh = created(reply, () -> newSlot(slot.spec, slot.dynamic, slot));
                if (fresh == null) {
                    index(slot); // nothing changed: the child stays as it was
                    return;
                }
                fresh.restarts = slot.restarts + 1;
                steps.add(new Step.Start(fresh, reply, true));
                runSteps();
            }
        });
    }

    CompletionStage<Void> deleteChild(String id) {
        CompletableFuture<Void> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            Slot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else if (slot.state != ChildState.TERMINATED) {
                reply.completeExceptionally(new IllegalStateException("child '" + id + "' of "
                        + cell.path() + " is " + slot.state + "; terminate it before deleting it"));
            } else {
                removeSlot(slot);
                reply.complete(null);
            }
        });
    }

    /** Answered in turn with the requests before it, as OTP's calls are. */
    CompletionStage<List<ChildInfo>> whichChildren() {
        CompletableFuture<List<ChildInfo>> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            List<ChildInfo> out = new ArrayList<>(slots.size());
            for (Slot slot : slots) {
                out.add(new ChildInfo(slot.id(), slot.cell.self, slot.state, slot.restarts,
                        slot.spec.restart(), slot.spec.isSupervisor()));
            }
            reply.complete(out);
        });
    }

    /** Answered in turn with the requests before it, as OTP's calls are. */
    CompletionStage<ChildCounts> countChildren() {
        CompletableFuture<ChildCounts> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            int active = 0;
            int supervisors = 0;
            for (Slot slot : slots) {
                if (slot.state == ChildState.RUNNING) {
                    active++;
                }
                if (slot.spec.isSupervisor()) {
                    supervisors++;
                }
            }
            // OTP counts a simple supervisor's template as its one spec
            int specs = spec.strategy() == Strategy.SIMPLE_ONE_FOR_ONE ? 1 : slots.size();
            reply.complete(new ChildCounts(specs, active, supervisors,
                    slots.size() - supervisors));
        });
    }

    /** Answered in turn with the requests before it, as OTP's calls are. */
    CompletionStage<ChildSpec<?>> childSpec(String id) {
        CompletableFuture<ChildSpec<?>> reply = new CompletableFuture<>();
        return whenIdle(reply, () -> {
            Slot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else {
                reply.complete(slot.spec);
            }
        });
    }

    // =========================================================================================
    // Health checks: a timer per checked child, a probe through its mailbox, a deadline

    /** Starts a child's checks afresh after it has started: the first probe in one interval. */
    private void armHealthCheck(Slot slot) {
        HealthCheck<?> check = slot.spec.healthCheck().orElse(null);
        if (check == null || retired || stopping) {
            return;
        }
        stopHealthCheck(slot);
        int round = slot.healthRound;
        slot.healthTimer = cell.runLater(check.interval(), () -> probe(slot, round, check));
    }

    /** Forgets a child's pending probe, deadline and answer. */
    private static void stopHealthCheck(Slot slot) {
        slot.healthRound++;
        if (slot.healthTimer != null) {
            slot.healthTimer.cancel();
            slot.healthTimer = null;
        }
    }

    private boolean healthCurrent(Slot slot, int round) {
        return !retired && !stopping && round == slot.healthRound
                && slot.state == ChildState.RUNNING && byCell.get(slot.cell) == slot;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void probe(Slot slot, int round, HealthCheck<?> check) {
        if (!healthCurrent(slot, round)) {
            return;
        }
        ActorCell<?, ?> child = slot.cell;
        long timeoutMillis = check.timeout().toMillis();
        slot.healthTimer = cell.runLater(check.timeout(), () -> unhealthy(slot, round,
                "no answer within " + timeoutMillis + " ms", null));
        var request = check.request().orElse(null);
        if (request == null) {
            child.probe(() -> cell.sendSignal(new Signal.Run(() -> healthy(slot, round))));
            return;
        }
        CompletionStage<?> answer;
        try {
            answer = (CompletionStage<?>) ((java.util.function.Function) request).apply(child.self);
        } catch (RuntimeException e) {
            unhealthy(slot, round, "its health request threw " + e, e);
            return;
        }
        if (answer == null) {
            unhealthy(slot, round, "its health request returned no stage", null);
            return;
        }
        answer.whenComplete((value, failure) -> cell.sendSignal(new Signal.Run(() -> {
            if (failure != null) {
                unhealthy(slot, round, "its health request failed: " + failure, failure);
            } else if (Boolean.FALSE.equals(value)) {
                unhealthy(slot, round, "its health request answered false", null);
            } else {
                healthy(slot, round);
            }
        })));
    }

    private void healthy(Slot slot, int round) {
        if (healthCurrent(slot, round)) {
            armHealthCheck(slot);
        }
    }

    /**
     * A child missed its deadline or answered badly: reported, its blocking runner interrupted,
     * and then handled as a failure of the child, as {@link #childExited} handles one.
     */
    private void unhealthy(Slot slot, int round, String reason, Throwable cause) {
        if (!healthCurrent(slot, round)) {
            return;
        }
        stopHealthCheck(slot);
        ActorCell<?, ?> child = slot.cell;
        // the child fails itself, ahead of its next message: its instance handles nothing more,
        // and its exit comes back as any failure does (childExited), to be decided in turn
        child.sendSignal(new Signal.Fail(new HealthCheckFailedException(child.path(), reason,
                cause)));
        if (child.isBlocking()) {
            child.interruptRunner();
        }
        LOG.warn("{} failed its health check: {}; it is treated as failed", child.path(), reason);
        if (cell.system.monitored()) {
            cell.system.emit(new MonitorEvent.HealthCheckFailed(child.path(), reason));
        }
    }
}
