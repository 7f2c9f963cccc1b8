package dev.rt;

import java.util.function.Consumer;

/**
 * Subscriptions to an {@link ActorSystem}'s {@link MonitorEvent}s, in addition to the {@link
 * Monitor} of its configuration. While nobody subscribes (and the monitor is {@link
 * Monitor#NONE}), the runtime builds no event at all.
 *
 * <p>Threading: subscribe and close from any thread. Listeners are called on the thread where
 * the event happens, often an actor's, concurrently: they must be thread-safe, fast, and must
 * not block; an exception from a listener is logged and dropped.
 */
public interface EventStream {

    /**
     * Subscribes to the events of one type (use {@code MonitorEvent.class} for all).
     *
     * @param type the events wanted
     * @param listener called with each
     * @param <E> the type
     * @return closes the subscription
     */
    <E extends MonitorEvent> Subscription subscribe(Class<E> type, Consumer<? super E> listener);

    /**
     * Registers an observer of every ask's duration and outcome, until the subscription is
     * closed. Several may be registered; each sees every ask that starts after its registration
     * returned (an ask already under way when it registers, or when it closes, may be seen or
     * not). While none is registered, an ask costs one read of a volatile field more than with
     * no such hook (see {@link AskObserver}).
     *
     * <p>Threading: any thread; registering and closing take a lock that asks never take.
     *
     * @param observer called once for each ask completed
     * @return closes the registration; no ask that starts after it returns reaches the observer
     */
    Subscription observeAsks(AskObserver observer);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        /** Ends the subscription; no event reaches the listener after it returns. */
        @Override
        void close();
    }
}
