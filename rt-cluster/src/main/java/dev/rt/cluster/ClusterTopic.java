package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.Topic;
import dev.rt.internal.RemoteSupport;
import dev.rt.wire.WireCodec;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A publish-subscribe topic across the members of a cluster, from {@link ClusterNode#topic}:
 * what one member publishes reaches the subscribers of every member, once each.
 *
 * <pre>{@code
 * ClusterTopic<PriceMsg> prices = node.topic("prices", PriceMsg.class, PriceMsgCodec.INSTANCE);
 * prices.subscribe(chart.ref());                     // a local actor, on any member
 * prices.publish(new PriceMsg.Quote("AAPL", 187.5)); // from any member
 * }</pre>
 *
 * <p>Subscribers are local actors. Each member fans a message out to its own subscribers through
 * a local {@link Topic} of its system, named {@code cluster:<name>}, with the same rules: {@link
 * ActorRef#offer} to each subscriber (a full bounded mailbox drops it, reported there), a
 * subscription that ends by itself when its subscriber terminates. A publish goes once to each
 * other member that has subscribers, encoded once per member, in the member's outbox: messages
 * from one publishing thread reach each subscriber in the order published.
 *
 * <p>Accounting: a message that no member has subscribers for goes to no one and is not an error
 * (as with a local {@link Topic}); a message to a member that leaves before it is sent is a dead
 * letter on this node; one that arrives at a member whose last subscriber has just gone goes to
 * no one there.
 *
 * <p>Threading: any thread may call any method, an actor's handlers included. Memory
 * consistency: actions before {@link #subscribe} returns happen-before the handling of every
 * message published on this member after it returns; on another member, after that member has
 * learnt of the subscription (the subscription's notice and the publish travel in the order
 * this node and that member send them).
 *
 * @param <M> the type of the messages published
 */
public final class ClusterTopic<M> {

    private final ClusterTopics engine;
    private final String name;
    private final Class<M> type;
    final WireCodec<? super M> codec;
    final Topic<M> local;
    /** Whether the other members were last told that this node has subscribers. */
    boolean advertised; // guarded by engine
    private final Set<ActorRef<?>> hooked = ConcurrentHashMap.newKeySet();

    ClusterTopic(ClusterTopics engine, String name, Class<M> type, WireCodec<? super M> codec,
            Topic<M> local) {
        this.engine = engine;
        this.name = name;
        this.type = type;
        this.codec = codec;
        this.local = local;
    }

    /** {@return the topic's name} */
    public String name() {
        return name;
    }

    /** {@return the type of the messages published} */
    public Class<M> messageType() {
        return type;
    }

    /**
     * Subscribes a local actor; subscribing twice is the same as once. The subscription ends
     * when the actor terminates. The first subscriber of this node tells every other member.
     *
     * @param subscriber an actor of this node, which receives every message published from
     *     now on, on any member
     * @throws IllegalArgumentException if {@code subscriber} is not a local actor, or its
     *     protocol does not accept the topic's message type
     */
    public void subscribe(ActorRef<? super M> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!RemoteSupport.isLocal(subscriber)) {
            throw new IllegalArgumentException(subscriber + " is not a local actor: subscribe it"
                    + " on its own member");
        }
        local.subscribe(subscriber);
        if (hooked.add(subscriber)) {
            // the local topic ends the subscription before watchers are told: count is current
            RemoteSupport.watchable(subscriber).addWatcher((dead, failure) -> {
                hooked.remove(subscriber);
                engine.advertise(this);
            });
        }
        engine.advertise(this);
    }

    /**
     * Ends a subscription; does nothing if there is none. The last subscriber of this node to
     * go tells every other member.
     *
     * @param subscriber the subscriber
     */
    public void unsubscribe(ActorRef<? super M> subscriber) {
        local.unsubscribe(subscriber);
        engine.advertise(this);
    }

    /**
     * Sends {@code message} to the subscribers of every member: to this node's at once, and
     * once to each other member that has told this one it has subscribers.
     *
     * @param message the message
     * @return how many members it was sent to, this one included if it has subscribers
     * @throws NullPointerException if {@code message} is null
     * @throws IllegalArgumentException if {@code message} is not a {@code M} (possible only
     *     through raw types)
     * @throws MessageTooLargeException if it encodes to more than the frame limit
     */
    public int publish(M message) {
        if (!type.isInstance(message)) {
            throw message == null ? new NullPointerException("message")
                    : new IllegalArgumentException("cluster topic '" + name + "' carries "
                            + type.getName() + " messages, not " + message.getClass().getName());
        }
        return engine.publish(this, message);
    }

    /** {@return how many actors of this node are subscribed} */
    public int subscriberCount() {
        return local.subscriberCount();
    }

    /** {@return the members that have subscribers, as this node knows them now} */
    public Set<Member> members() {
        return engine.members(this);
    }

    @Override
    public String toString() {
        return "ClusterTopic[" + name + ", " + type.getSimpleName() + ", " + members().size()
                + " members with subscribers]";
    }
}
