package dev.rt.pool;

import dev.rt.ActorRef;
import dev.rt.supervision.Supervisor;
import java.util.List;

/**
 * The reference of a {@link Pool}: an {@link ActorRef} of the workers' protocol that routes every
 * {@code tell}, {@code offer}, {@code tellWithin} and {@code ask} to one worker, picked by the
 * pool's {@link Routing} in the sender's thread.
 *
 * <p>It stands for the pool as a whole: {@link #path()} and {@link #name()} are those of the
 * pool's supervisor, {@link #stop()} stops the supervisor and so every worker, and watching it
 * (or registering it, or subscribing it to a topic) watches (registers, subscribes) the pool. A
 * generated handle can wrap it: {@code CounterHandle.of(poolRef)}.
 *
 * <p>Threading: any thread may call any method. Memory consistency: as {@link ActorRef}, for the
 * worker the message is routed to.
 *
 * @param <M> the workers' protocol
 */
public interface PoolRef<M> extends ActorRef<M> {

    /**
     * {@return the workers' references, in order ({@code <name>-1} first)} They address the
     * workers' slots, so they stay valid across restarts.
     */
    List<ActorRef<M>> workers();

    /** {@return the pool's supervisor, for administration such as {@code whichChildren()}} */
    Supervisor supervisor();

    /** {@return how the pool routes} */
    Routing<M> routing();
}
