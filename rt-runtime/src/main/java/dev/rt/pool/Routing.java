package dev.rt.pool;

import java.util.Objects;
import java.util.function.Function;

/**
 * How a {@link Pool} picks the worker of each message. The pick happens in the sender's thread,
 * as part of {@code tell} or {@code ask}: there is no router actor and no extra hop.
 *
 * @param <M> the workers' protocol
 */
public sealed interface Routing<M> {

    /**
     * {@return each message to the next worker in turn: {@code -1}, {@code -2}, …, {@code -N},
     * then {@code -1} again} One atomic counter, shared by all senders; a single sender's
     * messages are spread exactly evenly.
     *
     * @param <M> the workers' protocol
     */
    static <M> Routing<M> roundRobin() {
        return new RoundRobin<>();
    }

    /**
     * {@return each message to the worker with the fewest queued messages} The mailbox depths
     * are read without a lock, so under concurrent senders the pick is approximate. A message
     * being handled is not queued: a busy worker with an empty mailbox counts as empty. Ties go
     * to the workers in turn.
     *
     * @param <M> the workers' protocol
     */
    static <M> Routing<M> smallestMailbox() {
        return new SmallestMailbox<>();
    }

    /**
     * {@return each message to the worker chosen by its key's hash: messages with equal keys
     * always go to the same worker, so they are handled in order and that worker may keep state
     * per key} The pool's size never changes, so the mapping is stable for the pool's whole
     * life; a worker's restart keeps its mailbox and its place.
     *
     * @param key extracts the key of a message (it must be cheap, and must not throw); a null
     *     key goes to the first worker
     * @param <M> the workers' protocol
     */
    static <M> Routing<M> byKey(Function<? super M, ?> key) {
        return new ByKey<>(key);
    }

    /**
     * Round robin; see {@link #roundRobin()}.
     *
     * @param <M> the workers' protocol
     */
    record RoundRobin<M>() implements Routing<M> {}

    /**
     * The shortest mailbox; see {@link #smallestMailbox()}.
     *
     * @param <M> the workers' protocol
     */
    record SmallestMailbox<M>() implements Routing<M> {}

    /**
     * By a key's hash; see {@link #byKey(Function)}.
     *
     * @param key extracts the key of a message
     * @param <M> the workers' protocol
     */
    record ByKey<M>(Function<? super M, ?> key) implements Routing<M> {
        /** Checks the key function. */
        public ByKey {
            Objects.requireNonNull(key, "key");
        }
    }
}
