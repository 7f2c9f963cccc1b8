package dev.rt.supervision;

import dev.rt.ActorRef;
import dev.rt.Spawner;
import dev.rt.internal.Supervision;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A running supervisor: starts it, finds its children, and administers them as OTP's {@code
 * supervisor} module does ({@code start_child}, {@code terminate_child}, {@code restart_child},
 * {@code delete_child}, {@code which_children}, {@code count_children}).
 *
 * <pre>{@code
 * SupervisorSpec spec = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
 *         .intensity(3, Duration.ofMinutes(1))
 *         .child(ChildSpec.worker("counter", Counter::new, ...))
 *         .build();
 * Supervisor sup = Supervisor.start(system, "sup", spec);
 * ActorRef<CounterMsg> counter = sup.child("counter");   // valid across restarts
 * }</pre>
 *
 * <p>Static children are created, and their references known, when {@link #start} returns; they
 * then start one by one, in order, on the supervisor's thread. Messages sent to a child before it
 * has started wait in its mailbox.
 *
 * <p>Threading: any thread may call any method. The administrative methods are requests to the
 * supervisor actor: their stages complete once it has done the work, or exceptionally with an
 * {@link IllegalArgumentException} or {@link IllegalStateException} that says what was wrong.
 */
public final class Supervisor {

    private final ActorRef<SupervisorProtocol> ref;

    private Supervisor(ActorRef<SupervisorProtocol> ref) {
        this.ref = ref;
    }

    /**
     * Starts a supervisor.
     *
     * @param spawner the {@link dev.rt.ActorSystem} for a top-level supervisor, or the {@link
     *     dev.rt.ActorContext} of its parent
     * @param name the supervisor's actor name
     * @param spec what it supervises
     * @return the running supervisor
     */
    public static Supervisor start(Spawner spawner, String name, SupervisorSpec spec) {
        Objects.requireNonNull(spawner, "spawner");
        Objects.requireNonNull(spec, "spec");
        return new Supervisor(Supervision.start(spawner, name, spec));
    }

    /**
     * Wraps the reference of a running supervisor, such as a nested one got from {@link #child}.
     *
     * @param ref the supervisor's reference
     * @return the supervisor
     * @throws IllegalArgumentException if {@code ref} is not a supervisor
     */
    public static Supervisor of(ActorRef<SupervisorProtocol> ref) {
        Supervision.checkSupervisor(ref);
        return new Supervisor(ref);
    }

    /** {@return the supervisor's own reference, for example to watch it} */
    public ActorRef<SupervisorProtocol> ref() {
        return ref;
    }

    /**
     * The reference of a static child. It stays valid across the child's restarts.
     *
     * @param id the child's id
     * @param <M> the child's protocol
     * @return the child's reference
     * @throws IllegalArgumentException if there is no static child {@code id}
     */
    public <M> ActorRef<M> child(String id) {
        return Supervision.staticChild(ref, id);
    }

    /**
     * Adds a child and starts it ({@code start_child}). Not for {@code SIMPLE_ONE_FOR_ONE}.
     *
     * @param spec the child
     * @param <M> its protocol
     * @return completes with the child's reference once it has started
     */
    public <M> CompletionStage<ActorRef<M>> startChild(ChildSpec<M> spec) {
        return Supervision.startChild(ref, spec);
    }

    /**
     * Starts a child from the template of a {@code SIMPLE_ONE_FOR_ONE} supervisor.
     *
     * @param argument passed to the template's factory, on every start and restart
     * @param <M> the children's protocol
     * @return completes with the child's reference once it has started
     */
    public <M> CompletionStage<ActorRef<M>> startChildWith(Object argument) {
        return Supervision.startChildWith(ref, argument);
    }

    /**
     * Stops a child for good and keeps its spec ({@code terminate_child}); a temporary child's
     * spec is deleted. In a {@code SIMPLE_ONE_FOR_ONE} supervisor the spec is always deleted.
     *
     * @param id the child's id
     * @return completes once the child has stopped (or was abandoned)
     */
    public CompletionStage<Void> terminateChild(String id) {
        return Supervision.terminateChild(ref, id);
    }

    /**
     * Starts again a child that was terminated ({@code restart_child}).
     *
     * @param id the child's id
     * @param <M> its protocol
     * @return completes with the child's reference once it has started
     */
    public <M> CompletionStage<ActorRef<M>> restartChild(String id) {
        return Supervision.restartChild(ref, id);
    }

    /**
     * Deletes the spec of a terminated child ({@code delete_child}).
     *
     * @param id the child's id
     * @return completes once deleted
     */
    public CompletionStage<Void> deleteChild(String id) {
        return Supervision.deleteChild(ref, id);
    }

    /** {@return a snapshot of the children, in start order ({@code which_children})} */
    public CompletionStage<List<ChildInfo>> whichChildren() {
        return Supervision.whichChildren(ref);
    }

    /** {@return counts of the children ({@code count_children})} */
    public CompletionStage<ChildCounts> countChildren() {
        return Supervision.countChildren(ref);
    }

    /**
     * Stops the supervisor: its children stop in reverse start order, each within its shutdown
     * timeout, then the supervisor. Returns at once.
     */
    public void stop() {
        Supervision.stop(ref);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Supervisor that && ref.equals(that.ref);
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
