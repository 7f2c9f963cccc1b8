package dev.rt;

import dev.rt.internal.SystemCore;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A group of actors that share an executor, a timer service and a monitor. Top-level actors are
 * spawned here, usually through a generated handle: {@code CounterHandle.spawn(system, "c",
 * Counter::new)}; their paths start with {@code /user/}.
 *
 * <pre>{@code
 * try (ActorSystem system = ActorSystem.create("demo")) {
 *     CounterHandle counter = CounterHandle.spawn(system, "counter", Counter::new);
 *     counter.increment(5);
 *     long n = counter.get().toCompletableFuture().join();
 * }
 * }</pre>
 *
 * <p>Threading: every method may be called from any thread.
 *
 * <p>The runtime implements this interface; users create systems with {@link #create} and do not
 * implement it (it is sealed).
 */
public sealed interface ActorSystem extends Spawner, AutoCloseable permits SystemCore {

    /**
     * Creates a system with the default configuration.
     *
     * @param name the system's name, used in thread names and logs
     * @return the running system
     */
    static ActorSystem create(String name) {
        return create(name, ActorSystemConfig.defaults());
    }

    /**
     * Creates a system.
     *
     * @param name the system's name, used in thread names and logs
     * @param config how the system runs
     * @return the running system
     */
    static ActorSystem create(String name, ActorSystemConfig config) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor system needs a non-blank name");
        }
        return new SystemCore(name, config);
    }

    /** {@return the system's name} */
    String name();

    /** {@return the system's configuration} */
    ActorSystemConfig config();

    /**
     * The typed publish-subscribe topic of that name, created on first use.
     *
     * @param name the topic's name
     * @param messageType the type of the messages published on it
     * @param <M> that type
     * @return the topic
     * @throws IllegalArgumentException if the topic exists with another message type
     */
    <M> Topic<M> topic(String name, Class<M> messageType);

    /** {@return the registry of named actors} */
    Registry registry();

    /**
     * {@return where every message went: processed, failed, dropped, expired, dead-lettered,
     * cancelled timer messages, or still queued; exact once no message is in flight, and final
     * once {@link #whenTerminated()} has completed (then nothing is queued, and a message sent
     * later adds one dead letter and changes nothing else)}
     */
    Accounting accounting();

    /**
     * {@return subscriptions to this system's monitoring events, and observers of its asks
     * ({@link EventStream#observeAsks})}
     */
    EventStream events();

    /**
     * {@return a live snapshot of every actor: path, behavior, state, restarts, mailbox depth and
     * messages handled, as data and printable as a tree with {@link TreeSnapshot#render()}}
     */
    TreeSnapshot snapshot();

    /** {@return the system's timer service} */
    TimerService timers();

    /** {@inheritDoc} Top-level actors have the path {@code /user/<name>}. */
    @Override
    <A extends Actor<M>, M> ActorRef<M> spawn(String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor, Mailbox mailbox);

    /**
     * Stops every actor and waits, at most the configured {@linkplain
     * ActorSystemConfig#shutdownTimeout shutdown timeout}, for them to stop. Each actor stops as
     * {@link ActorRef#stop()} describes: children before parents, messages still queued become
     * dead letters. Then the system's own executors and timer service shut down and {@link
     * #whenTerminated()} completes.
     *
     * <p>When the timeout passes, every actor still live, at any depth of the tree (and a child
     * its supervisor had already abandoned), is <em>abandoned</em>, and this method returns at
     * once. For each one, a {@link MonitorEvent.ActorAbandoned} is reported with the timeout,
     * and the thread running its handler, if any, is interrupted (that thread only: the
     * interrupt status is cleared when the actor's turn ends, so it never reaches another
     * actor's turn); the interrupt is repeated every timeout until the actor has terminated. As
     * soon as its handler returns, or at once if it is idle, the actor terminates without {@code
     * postStop} and without waiting for its children; the messages queued behind the handler,
     * and those sent later, are dead letters. The executors and the timer service keep running
     * until every abandoned actor has terminated; only then does {@link #whenTerminated()}
     * complete. A handler that ignores interrupts and never returns therefore keeps the system
     * from ever terminating. A warning names the abandoned actors.
     *
     * <p>Calling it again waits, bounded again, for the same shutdown: it never starts another
     * and never abandons twice. Calling it from an actor of this system starts the shutdown and
     * returns without waiting (nothing is abandoned then).
     */
    @Override
    void close();

    /**
     * As {@link #close()}, waiting at most {@code timeout}, which is also the interval at which
     * abandoned actors are interrupted again.
     *
     * @param timeout the bound on the wait
     * @return whether every actor stopped in time; false when actors were abandoned, and then
     *     {@link #whenTerminated()} completes once each of them has returned from its handler
     */
    boolean close(Duration timeout);

    /**
     * {@return completes when the system has terminated: normally after {@link #close()}, or
     * exceptionally, with the cause, when a failure reached the root of the tree (a top-level
     * supervisor gave up) and closed the system. Terminated means every actor has terminated,
     * an abandoned one included (see {@link #close()}): none runs a handler any more, the
     * system's own executors and timer service are shut down, and the {@linkplain #accounting()
     * accounting} is final. It never completes while an abandoned actor's handler ignores its
     * interrupt and does not return}
     */
    CompletionStage<Void> whenTerminated();
}
