package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Mailbox;
import dev.rt.Spawner;
import dev.rt.supervision.ChildCounts;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.SupervisorProtocol;
import dev.rt.supervision.SupervisorSpec;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The engine behind {@link dev.rt.supervision.Supervisor}: starts supervisor cells and turns the
 * administrative calls into requests to the {@link SupervisorActor}. Any thread.
 */
public final class Supervision {

    private Supervision() {}

    /**
     * Creates a supervisor cell and its static children's cells, so that every reference is
     * known at once, then starts the supervisor, which starts its children in order.
     *
     * @param spawner the system, or the context of the parent actor (on its thread)
     * @param name the supervisor's name
     * @param spec what it supervises
     * @return the supervisor's reference
     */
    public static ActorRef<SupervisorProtocol> start(Spawner spawner, String name,
            SupervisorSpec spec) {
        return start(spawner, name, spec, false);
    }

    /**
     * Starts a supervisor, as {@link #start(Spawner, String, SupervisorSpec)}.
     *
     * @param spawner the system, or the context of the parent actor (on its thread)
     * @param name the supervisor's name
     * @param spec what it supervises
     * @param awaited whether the caller waits for the start and takes its failure, so that a
     *     top-level supervisor's failed start does not close the system
     * @return the supervisor's reference
     */
    public static ActorRef<SupervisorProtocol> start(Spawner spawner, String name,
            SupervisorSpec spec, boolean awaited) {
        ActorCell<SupervisorActor, SupervisorProtocol> cell;
        if (spawner instanceof ActorSystem system) {
            cell = SystemAccess.coreOf(system).newTopLevel(name, () -> new SupervisorActor(spec),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
        } else if (spawner instanceof ActorCell<?, ?> parent) {
            cell = parent.newChild(name, () -> new SupervisorActor(spec),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
        } else {
            throw new IllegalArgumentException(spawner + " is not an ActorSystem or an"
                    + " ActorContext made by RT; start supervisors from one of those");
        }
        cell.supervision.startAwaited = awaited;
        SupervisorActor.precreate(cell, spec);
        SupervisorActor.reportStartOnTermination(cell);
        cell.start();
        return cell.self;
    }

    private static ActorCell<?, ?> supervisorCell(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof LocalRef<?> local && local.cell.isSupervisorCell()) {
            return local.cell;
        }
        throw new IllegalArgumentException(ref + " is not a supervisor; Supervisor.of needs the"
                + " reference of one, such as Supervisor.child(id) of a nested supervisor");
    }

    /**
     * Checks that {@code ref} is a supervisor's.
     *
     * @param ref the reference
     */
    public static void checkSupervisor(ActorRef<SupervisorProtocol> ref) {
        supervisorCell(ref);
    }

    /**
     * The current reference of a child.
     *
     * @param ref the supervisor
     * @param id the child's id
     * @param <M> its protocol
     * @return its reference
     */
    @SuppressWarnings("unchecked")
    public static <M> ActorRef<M> staticChild(ActorRef<SupervisorProtocol> ref, String id) {
        ActorCell<?, ?> cell = supervisorCell(ref);
        LocalRef<?> child = cell.supervision.childRefs.get(Objects.requireNonNull(id, "id"));
        if (child == null) {
            throw new IllegalArgumentException("supervisor " + cell.path() + " has no child '" + id
                    + "'; its children are " + cell.supervision.childRefs.keySet());
        }
        return (ActorRef<M>) child;
    }

    /**
     * Asks the supervisor to add and start a child.
     *
     * @param ref the supervisor
     * @param spec the child
     * @param <M> its protocol
     * @return its reference, once started
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <M> CompletionStage<ActorRef<M>> startChild(ActorRef<SupervisorProtocol> ref,
            ChildSpec<M> spec) {
        supervisorCell(ref);
        return (CompletionStage) ref.ask(new SupervisorMessages.StartChild(
                Objects.requireNonNull(spec, "spec")));
    }

    /**
     * Asks a simple supervisor to start a child from its template.
     *
     * @param ref the supervisor
     * @param argument the template's argument
     * @param <M> the children's protocol
     * @return its reference, once started
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <M> CompletionStage<ActorRef<M>> startChildWith(
            ActorRef<SupervisorProtocol> ref, Object argument) {
        supervisorCell(ref);
        return (CompletionStage) ref.ask(new SupervisorMessages.StartChildWith(argument));
    }

    /**
     * Asks the supervisor to stop a child for good.
     *
     * @param ref the supervisor
     * @param id the child's id
     * @return completes once stopped
     */
    public static CompletionStage<Void> terminateChild(ActorRef<SupervisorProtocol> ref,
            String id) {
        supervisorCell(ref);
        return ref.ask(new SupervisorMessages.TerminateChild(Objects.requireNonNull(id, "id")));
    }

    /**
     * Asks the supervisor to start a terminated child again.
     *
     * @param ref the supervisor
     * @param id the child's id
     * @param <M> its protocol
     * @return its new reference, once started
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <M> CompletionStage<ActorRef<M>> restartChild(
            ActorRef<SupervisorProtocol> ref, String id) {
        supervisorCell(ref);
        return (CompletionStage) ref.ask(new SupervisorMessages.RestartChild(
                Objects.requireNonNull(id, "id")));
    }

    /**
     * Asks the supervisor to delete a terminated child's spec.
     *
     * @param ref the supervisor
     * @param id the child's id
     * @return completes once deleted
     */
    public static CompletionStage<Void> deleteChild(ActorRef<SupervisorProtocol> ref, String id) {
        supervisorCell(ref);
        return ref.ask(new SupervisorMessages.DeleteChild(Objects.requireNonNull(id, "id")));
    }

    /**
     * Asks for a snapshot of the children.
     *
     * @param ref the supervisor
     * @return the children, in start order
     */
    public static CompletionStage<List<ChildInfo>> whichChildren(ActorRef<SupervisorProtocol> ref) {
        supervisorCell(ref);
        return ref.ask(new SupervisorMessages.WhichChildren());
    }

    /**
     * Asks for a child's spec.
     *
     * @param ref the supervisor
     * @param id the child's id
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static CompletionStage<ChildSpec<?>> childSpec(ActorRef<SupervisorProtocol> ref,
            String id) {
        supervisorCell(ref);
        return (CompletionStage) ref.ask(new SupervisorMessages.ChildSpecOf(
                Objects.requireNonNull(id, "id")));
    }

    /**
     * The outcome of the supervisor's first start.
     *
     * @param ref the supervisor
     * @return completes once every static child has started, or exceptionally with a {@link
     *     dev.rt.supervision.SupervisorStartException}
     */
    public static CompletionStage<Void> started(ActorRef<SupervisorProtocol> ref) {
        return supervisorCell(ref).supervision.started.minimalCompletionStage();
    }

    /**
     * The supervisor's termination.
     *
     * @param ref the supervisor
     * @return completes once the supervisor's cell has terminated (with its children)
     */
    public static CompletionStage<Void> terminated(ActorRef<SupervisorProtocol> ref) {
        java.util.concurrent.CompletableFuture<Void> done =
                new java.util.concurrent.CompletableFuture<>();
        supervisorCell(ref).onTermination(() -> done.complete(null));
        return done;
    }

    /**
     * The id of the static child whose first start is under way, for error messages.
     *
     * @param ref the supervisor
     * @return the id, or null
     */
    public static String startingChild(ActorRef<SupervisorProtocol> ref) {
        return supervisorCell(ref).supervision.startingChild;
    }

    /**
     * {@return whether the calling thread runs actors of {@code system}, which must not block}
     *
     * @param system the system
     */
    public static boolean onActorThread(ActorSystem system) {
        return SystemAccess.coreOf(system).onActorThread();
    }

    /**
     * Asks for the counts of the children.
     *
     * @param ref the supervisor
     * @return the counts
     */
    public static CompletionStage<ChildCounts> countChildren(ActorRef<SupervisorProtocol> ref) {
        supervisorCell(ref);
        return ref.ask(new SupervisorMessages.CountChildren());
    }

    /**
     * Stops the supervisor.
     *
     * @param ref the supervisor
     */
    public static void stop(ActorRef<SupervisorProtocol> ref) {
        supervisorCell(ref);
        ref.stop();
    }
}
