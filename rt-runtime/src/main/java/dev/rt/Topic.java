package dev.rt;

/**
 * A typed publish-subscribe topic of an {@link ActorSystem}, from {@link ActorSystem#topic}.
 * Publishing tells the message to every subscriber; a subscription ends by itself when its
 * subscriber stops. Thread-safe.
 *
 * @param <M> the type of the messages published
 */
public interface Topic<M> {

    /** {@return the topic's name} */
    String name();

    /** {@return the type of the messages published} */
    Class<M> messageType();

    /**
     * Subscribes an actor; subscribing twice is the same as once.
     *
     * @param subscriber receives every message published from now on
     */
    void subscribe(ActorRef<? super M> subscriber);

    /**
     * Ends a subscription; does nothing if there is none.
     *
     * @param subscriber the subscriber
     */
    void unsubscribe(ActorRef<? super M> subscriber);

    /**
     * Tells {@code message} to every current subscriber. Cheap when there is none.
     *
     * @param message the message
     * @return how many subscribers it was sent to
     */
    int publish(M message);

    /** {@return how many actors are subscribed} */
    int subscriberCount();
}
