package dev.rt.supervision;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Spawner;
import dev.rt.internal.SupervisorClient;
import java.time.Duration;
import java.util.List;
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
 * has started wait in its mailbox. {@link #started()} completes once every static child has
 * started, or fails with the child that could not; {@link #startAndWait} blocks until then, as
 * OTP's {@code start_link} does.
 *
 * <p>Threading: any thread may call any method. The administrative methods are requests to the
 * supervisor actor: their stages complete once it has done the work, or exceptionally with an
 * {@link IllegalArgumentException} or {@link IllegalStateException} that says what was wrong.
 *
 * <p>The runtime implements this interface (it is sealed). Two instances are equal when they
 * stand for the same supervisor.
 */
public sealed interface Supervisor permits SupervisorClient {

    /**
     * Starts a supervisor.
     *
     * @param spawner the {@link dev.rt.ActorSystem} for a top-level supervisor, or the {@link
     *     dev.rt.ActorContext} of its parent
     * @param name the supervisor's actor name
     * @param spec what it supervises
     * @return the running supervisor
     */
    static Supervisor start(Spawner spawner, String name, SupervisorSpec spec) {
        return SupervisorClient.start(spawner, name, spec, false);
    }

    /**
     * Starts a top-level supervisor and waits until every static child has started, as OTP's
     * {@code start_link}: it returns the running supervisor, or throws the failure of the child
     * that could not start. A failed start is the caller's to handle: the children already
     * started are stopped in reverse order, the supervisor terminates, and the system goes on
     * (a supervisor started with {@link #start} fails to the root instead, which closes the
     * system). Not from an actor's thread, which must not block: there, use {@link
     * #start}{@code (context, …)} and {@link #started()}.
     *
     * @param system the actor system
     * @param name the supervisor's actor name
     * @param spec what it supervises
     * @param timeout how long the start may take; past it the supervisor is stopped
     * @return the running supervisor, every static child started
     * @throws SupervisorStartException if a static child failed in its factory or {@code
     *     preStart} (its {@link SupervisorStartException#child()} and cause say which and why), or
     *     the start took longer than {@code timeout}, or the supervisor was stopped first
     * @throws InterruptedException if the calling thread was interrupted while it waited; the
     *     supervisor goes on starting
     * @throws IllegalStateException if called from one of {@code system}'s actor threads
     */
    static Supervisor startAndWait(ActorSystem system, String name, SupervisorSpec spec,
            Duration timeout) throws InterruptedException {
        return SupervisorClient.startAndWait(system, name, spec, timeout);
    }

    /**
     * Wraps the reference of a running supervisor, such as a nested one got from {@link #child}.
     *
     * @param ref the supervisor's reference
     * @return the supervisor
     * @throws IllegalArgumentException if {@code ref} is not a supervisor
     */
    static Supervisor of(ActorRef<SupervisorProtocol> ref) {
        return SupervisorClient.of(ref);
    }

    /** {@return the supervisor's own reference, for example to watch it} */
    ActorRef<SupervisorProtocol> ref();

    /**
     * The outcome of this supervisor's first start. It completes once every static child has
     * started (its {@code preStart} returned; for a nested supervisor, once its own children
     * have), or exceptionally with a {@link SupervisorStartException} that names the child that
     * could not start, or says that the supervisor was stopped before it had started. A child
     * that declined to start ({@link StartIgnoredException}) does not fail the start. A restart
     * of the supervisor later on does not change this stage.
     *
     * @return the stage; any thread may wait on it, an actor by reacting to it
     */
    CompletionStage<Supervisor> started();

    /**
     * The reference of a static child. It stays valid across the child's restarts.
     *
     * @param id the child's id
     * @param <M> the child's protocol
     * @return the child's reference
     * @throws IllegalArgumentException if there is no static child {@code id}
     */
    <M> ActorRef<M> child(String id);

    /**
     * Adds a child and starts it ({@code start_child}). Not for {@code SIMPLE_ONE_FOR_ONE}.
     *
     * @param spec the child
     * @param <M> its protocol
     * @return completes with the child's reference once it has started; with null if the child
     *     declined to start ({@link StartIgnoredException}), its spec then kept as terminated; or
     *     exceptionally with the child's start failure, once its cell has gone and its id is free
     *     again, the spec not kept
     */
    <M> CompletionStage<ActorRef<M>> startChild(ChildSpec<M> spec);

    /**
     * Starts a child from the template of a {@code SIMPLE_ONE_FOR_ONE} supervisor.
     *
     * @param argument passed to the template's factory, on every start and restart
     * @param <M> the children's protocol
     * @return completes with the child's reference once it has started; with null if the child
     *     declined to start (it is then not kept, as in OTP); or exceptionally with its start
     *     failure
     */
    <M> CompletionStage<ActorRef<M>> startChildWith(Object argument);

    /**
     * Stops a child for good and keeps its spec ({@code terminate_child}); a temporary child's
     * spec is deleted. In a {@code SIMPLE_ONE_FOR_ONE} supervisor the spec is always deleted.
     *
     * @param id the child's id
     * @return completes once the child has stopped (or was abandoned)
     */
    CompletionStage<Void> terminateChild(String id);

    /**
     * Starts again a child that was terminated ({@code restart_child}).
     *
     * @param id the child's id
     * @param <M> its protocol
     * @return completes with the child's new reference once it has started; with null if it
     *     declined to start; or exceptionally with its start failure. Either way the spec stays,
     *     the child terminated, to be restarted again later, as in OTP
     */
    <M> CompletionStage<ActorRef<M>> restartChild(String id);

    /**
     * Deletes the spec of a terminated child ({@code delete_child}).
     *
     * @param id the child's id
     * @return completes once deleted
     */
    CompletionStage<Void> deleteChild(String id);

    /** {@return a snapshot of the children, in start order ({@code which_children})} */
    CompletionStage<List<ChildInfo>> whichChildren();

    /**
     * The spec of a child ({@code get_childspec}): the one it was started with, or for a child
     * of a {@code SIMPLE_ONE_FOR_ONE} supervisor, the spec its template made for it.
     *
     * @param id the child's id
     * @return completes with the spec, or exceptionally with an {@link IllegalArgumentException}
     *     if there is no child {@code id}
     */
    CompletionStage<ChildSpec<?>> childSpec(String id);

    /**
     * {@return counts of the children ({@code count_children}); as in OTP, {@code specs} of a
     * {@code SIMPLE_ONE_FOR_ONE} supervisor is 1, its template, however many children run}
     */
    CompletionStage<ChildCounts> countChildren();

    /**
     * Stops the supervisor: its children stop in reverse start order, each within its shutdown
     * timeout, then the supervisor. Returns at once.
     */
    void stop();
}
