package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildCounts;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.ChildState;
import dev.rt.supervision.HealthCheck;
import dev.rt.supervision.HealthCheckFailedException;
import dev.rt.supervision.SupervisorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The behavior of a supervisor's cell: Erlang/OTP's {@code supervisor} on RT's cells. Its code is
 * in three layers, one concern each: {@link SupervisorSteps} (the children and the work done one
 * child at a time), {@link SupervisorDecisions} (what happens on each child event, by strategy,
 * restart type and intensity), and this class: the administrative requests that {@link
 * SupervisorClient} sends ({@code start_child}, {@code which_children}...), answered in turn with
 * the requests before them, and the proactive health checks of the children that have one.
 *
 * <p>Threading: confined to the supervisor cell's thread, like any behavior. Timers and the
 * answers of health checks come back to that thread as {@link Signal.Run} signals.
 */
final class SupervisorActor extends SupervisorDecisions {

    SupervisorActor(SupervisorSpec spec) {
        super(spec);
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

    private IllegalArgumentException noChild(String id) {
        List<String> ids = new ArrayList<>();
        for (ChildSlot slot : slots) {
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
                ChildSlot slot = created(reply, () -> newSlot(child, true));
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
    private ChildSlot created(CompletableFuture<ActorRef<?>> reply, Supplier<ChildSlot> create) {
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
            ChildSlot slot = created(reply,
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
            ChildSlot slot = slotById(id);
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
            ChildSlot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else if (slot.state != ChildState.TERMINATED) {
                reply.completeExceptionally(new IllegalStateException("child '" + id + "' of "
                        + cell.path() + " is " + slot.state + "; only a terminated child can be"
                        + " restarted by hand"));
            } else {
                byCell.remove(slot.cell, slot);
                byId.remove(slot.id(), slot);
                ChildSlot fresh = created(reply, () -> newSlot(slot.spec, slot.dynamic, slot));
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
            ChildSlot slot = slotById(id);
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
            for (ChildSlot slot : slots) {
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
            for (ChildSlot slot : slots) {
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
            ChildSlot slot = slotById(id);
            if (slot == null) {
                reply.completeExceptionally(noChild(id));
            } else {
                reply.complete(slot.spec);
            }
        });
    }

    /** Starts a child's checks afresh after it has started: the first probe in one interval. */
    @Override
    void armHealthCheck(ChildSlot slot) {
        HealthCheck<?> check = slot.spec.healthCheck().orElse(null);
        if (check == null || retired || stopping) {
            return;
        }
        slot.stopHealthCheck();
        int round = slot.healthRound;
        slot.healthTimer = cell.runLater(check.interval(), () -> probe(slot, round, check));
    }

    private boolean healthCurrent(ChildSlot slot, int round) {
        return !retired && !stopping && round == slot.healthRound
                && slot.state == ChildState.RUNNING && byCell.get(slot.cell) == slot;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void probe(ChildSlot slot, int round, HealthCheck<?> check) {
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

    private void healthy(ChildSlot slot, int round) {
        if (healthCurrent(slot, round)) {
            armHealthCheck(slot);
        }
    }

    /**
     * A child missed its deadline or answered badly: reported, its blocking runner interrupted,
     * and then handled as a failure of the child, as {@link #childExited} handles one.
     */
    private void unhealthy(ChildSlot slot, int round, String reason, Throwable cause) {
        if (!healthCurrent(slot, round)) {
            return;
        }
        slot.stopHealthCheck();
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
