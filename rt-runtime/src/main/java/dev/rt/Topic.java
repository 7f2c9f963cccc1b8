package dev.rt;

/**
 * A typed publish-subscribe topic of an {@link ActorSystem}, from {@link ActorSystem#topic}.
 * Publishing tells the message to every subscriber; a subscription ends by itself when its
 * subscriber terminates (not when it restarts: a restarted actor keeps its reference, and so its
 * subscriptions). It ends before the subscriber's watchers are told ({@link Terminated}, or a
 * {@code watchWith} message): a watcher that reads or publishes to the topic when told finds the
 * subscriber gone, and what it publishes does not reach the dead subscriber as a dead letter.
 *
 * <pre>{@code
 * Topic<Price> prices = system.topic("prices", Price.class);   // the same topic for the same name
 * prices.subscribe(chart.ref());                               // any ActorRef<? super Price>
 * int reached = prices.publish(new Price("AAPL", 187.5));
 * }</pre>
 *
 * <p>Threading: any thread may call any method, including an actor from its handlers.
 * Subscribers are kept in a copy-on-write array swapped by CAS, so publishing takes no lock, and
 * publishing with no subscriber costs one volatile read and allocates nothing. Memory
 * consistency: actions before a {@code subscribe} returns happen-before the handling of every
 * message published after it returns.
 *
 * @param <M> the type of the messages published
 */
public interface Topic<M> {

    /** {@return the topic's name} */
    String name();

    /** {@return the type of the messages published} */
    Class<M> messageType();

    /**
     * Subscribes an actor; subscribing twice is the same as once. The subscription ends by
     * itself when the actor terminates, before its watchers are told. A pool's reference
     * subscribes the pool: each message goes to one of its workers.
     *
     * @param subscriber receives every message published from now on
     * @throws IllegalArgumentException if {@code subscriber} is not a reference made by RT, or
     *     its protocol does not accept the topic's message type
     */
    void subscribe(ActorRef<? super M> subscriber);

    /**
     * Ends a subscription; does nothing if there is none.
     *
     * @param subscriber the subscriber
     */
    void unsubscribe(ActorRef<? super M> subscriber);

    /**
     * Sends {@code message} to every current subscriber, with {@link ActorRef#offer}: a
     * subscriber with a full bounded mailbox drops it (reported as {@code MessageDropped}), and
     * one that has just stopped gets it as a dead letter, as any tell would; neither blocks nor
     * fails the publisher or the other subscribers. Messages from one publishing thread reach
     * each subscriber in the order published.
     *
     * @param message the message
     * @return how many subscribers it was sent to: the subscriber count at the time of publishing
     * @throws NullPointerException if {@code message} is null
     * @throws IllegalArgumentException if {@code message} is not a {@code M} (possible only
     *     through raw types)
     */
    int publish(M message);

    /** {@return how many actors are subscribed} */
    int subscriberCount();
}
