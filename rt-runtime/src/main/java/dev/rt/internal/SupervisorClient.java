package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Mailbox;
import dev.rt.Spawner;
import dev.rt.supervision.ChildCounts;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorProtocol;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.supervision.SupervisorStartException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The runtime's {@link Supervisor}: the caller's side of one supervisor. Each administrative call
 * becomes a {@link SupervisorRequest} in the supervisor's mailbox, which its {@link
 * SupervisorActor} answers on its own thread: from the public interface to the code that decides
 * is these two steps. Reading a child's reference and the start's outcome needs no request: they
 * are in the supervisor cell's {@link SupervisorState}.
 *
 * <p>Threading: any thread may call any method; see {@link Supervisor}.
 */
public final class SupervisorClient implements Supervisor {

    private final ActorCell<?, ?> cell;
    private final ActorRef<SupervisorProtocol> ref;

    @SuppressWarnings("unchecked") // a supervisor cell's reference is typed by its protocol
    private SupervisorClient(ActorCell<?, ?> cell) {
        this.cell = cell;
        this.ref = (ActorRef<SupervisorProtocol>) cell.self;
    }

    /**
     * Creates a supervisor cell and its static children's cells, so that every reference is
     * known at once, then starts the supervisor, which starts its children in order.
     *
     * @param spawner the system, or the context of the parent actor (on its thread)
     * @param name the supervisor's name
     * @param spec what it supervises
     * @param awaited whether the caller waits for the start and takes its failure, so that a
     *     top-level supervisor's failed start does not close the system
     * @return the supervisor
     */
    public static SupervisorClient start(Spawner spawner, String name, SupervisorSpec spec,
            boolean awaited) {
        Objects.requireNonNull(spawner, "spawner");
        Objects.requireNonNull(spec, "spec");
        ActorCell<SupervisorActor, SupervisorProtocol> cell;
        if (spawner instanceof SystemCore system) {
            cell = system.newTopLevel(name, () -> new SupervisorActor(spec),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
        } else if (spawner instanceof ActorCell<?, ?> parent) {
            cell = parent.newChild(name, () -> new SupervisorActor(spec),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
        } else {
            throw new IllegalArgumentException(spawner + " is not an ActorSystem or an"
                    + " ActorContext made by RT; start supervisors from one of those");
        }
        cell.supervision.startAwaited = awaited;
        SupervisedCells.precreate(cell, spec);
        SupervisedCells.reportStartOnTermination(cell);
        cell.start();
        return new SupervisorClient(cell);
    }

    /**
     * Starts a top-level supervisor and waits for its static children: see {@link
     * Supervisor#startAndWait}.
     *
     * @param system the system
     * @param name the supervisor's name
     * @param spec what it supervises
     * @param timeout how long the start may take
     * @return the started supervisor
     * @throws InterruptedException if the caller is interrupted while it waits
     */
    public static SupervisorClient startAndWait(ActorSystem system, String name,
            SupervisorSpec spec, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("start timeout must be positive, got " + timeout);
        }
        if (((SystemCore) system).onActorThread()) {
            throw new IllegalStateException("Supervisor.startAndWait blocks, and an actor's thread"
                    + " must not: from an actor, start the supervisor with Supervisor.start(context,"
                    + " …) and react to its started() stage");
        }
        SupervisorClient supervisor = start(system, name, spec, true);
        String path = supervisor.ref.path();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            supervisor.cell.supervision.started.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return supervisor;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SupervisorStartException failed) {
                // as start_link: answer once the supervisor has gone, its name free again
                supervisor.awaitTermination(deadline);
                throw failed;
            }
            throw new SupervisorStartException(path, null, "supervisor " + path
                    + " could not start: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            String child = supervisor.cell.supervision.startingChild;
            supervisor.stop();
            throw new SupervisorStartException(path, child, "supervisor " + path
                    + " did not start within " + timeout.toMillis() + " ms"
                    + (child == null ? "" : "; child '" + child + "' was still starting")
                    + "; it is stopped. Make the children's preStart quicker, or allow more time",
                    null);
        }
    }

    /**
     * Waits, until {@code deadline}, for this top-level supervisor, which failed to start, to
     * terminate and free its name.
     */
    private void awaitTermination(long deadline) throws InterruptedException {
        try {
            cell.supervision.released.get(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // it still terminates; the start's failure is what the caller needs to know
        }
    }

    /**
     * Wraps a running supervisor's reference.
     *
     * @param ref the reference
     * @return the supervisor
     * @throws IllegalArgumentException if {@code ref} is not a supervisor's
     */
    public static SupervisorClient of(ActorRef<SupervisorProtocol> ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof LocalRef<?> local && local.cell.isSupervisorCell()) {
            return new SupervisorClient(local.cell);
        }
        throw new IllegalArgumentException(ref + " is not a supervisor; Supervisor.of needs the"
                + " reference of one, such as Supervisor.child(id) of a nested supervisor");
    }

    /** Sends {@code call} to the supervisor's thread; its stage is the answer. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the call's stage is the reply's type
    private <T> CompletionStage<T> ask(Function<SupervisorActor, CompletionStage<?>> call) {
        return (CompletionStage) ref.ask(new SupervisorRequest(call));
    }

    @Override
    public ActorRef<SupervisorProtocol> ref() {
        return ref;
    }

    @Override
    public CompletionStage<Supervisor> started() {
        return cell.supervision.started.minimalCompletionStage().thenApply(ignored -> this);
    }

    @Override
    @SuppressWarnings("unchecked") // the caller names the child's protocol
    public <M> ActorRef<M> child(String id) {
        LocalRef<?> child = cell.supervision.childRefs.get(Objects.requireNonNull(id, "id"));
        if (child == null) {
            throw new IllegalArgumentException("supervisor " + cell.path() + " has no child '" + id
                    + "'; its children are " + cell.supervision.childRefs.keySet());
        }
        return (ActorRef<M>) child;
    }

    @Override
    public <M> CompletionStage<ActorRef<M>> startChild(ChildSpec<M> spec) {
        Objects.requireNonNull(spec, "spec");
        return ask(actor -> actor.startChild(spec));
    }

    @Override
    public <M> CompletionStage<ActorRef<M>> startChildWith(Object argument) {
        return ask(actor -> actor.startChildWith(argument));
    }

    @Override
    public CompletionStage<Void> terminateChild(String id) {
        Objects.requireNonNull(id, "id");
        return ask(actor -> actor.terminateChild(id));
    }

    @Override
    public <M> CompletionStage<ActorRef<M>> restartChild(String id) {
        Objects.requireNonNull(id, "id");
        return ask(actor -> actor.restartChild(id));
    }

    @Override
    public CompletionStage<Void> deleteChild(String id) {
        Objects.requireNonNull(id, "id");
        return ask(actor -> actor.deleteChild(id));
    }

    @Override
    public CompletionStage<List<ChildInfo>> whichChildren() {
        return ask(SupervisorActor::whichChildren);
    }

    @Override
    public CompletionStage<ChildSpec<?>> childSpec(String id) {
        Objects.requireNonNull(id, "id");
        return ask(actor -> actor.childSpec(id));
    }

    @Override
    public CompletionStage<ChildCounts> countChildren() {
        return ask(SupervisorActor::countChildren);
    }

    @Override
    public void stop() {
        ref.stop();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupervisorClient that && ref.equals(that.ref);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    @Override
    public String toString() {
        return "Supervisor[" + ref.path() + "]";
    }
}
