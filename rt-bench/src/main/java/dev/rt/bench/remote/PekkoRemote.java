package dev.rt.bench.remote;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Instant;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/** Pekko's side of the remote benchmarks: the same sink, messages and configuration. */
public final class PekkoRemote {

    private PekkoRemote() {}

    /** The marker that binds the messages to Jackson CBOR. */
    public interface Json {}

    /** The sink's protocol. */
    public sealed interface Msg extends Json {}

    /** @param seq the item's number */
    public record Item(long seq) implements Msg {}

    /** @param replyTo gets how many items have arrived */
    public record Flush(ActorRef<Long> replyTo) implements Msg {}

    /**
     * @param value echoed
     * @param replyTo gets it back
     */
    public record Echo(long value, ActorRef<Long> replyTo) implements Msg {}

    /**
     * The codec benchmark's order.
     *
     * @param id the order's id
     * @param symbol the instrument
     * @param quantity how many
     * @param price the limit
     * @param side buy or sell
     * @param at when it was placed
     */
    public record Order(long id, String symbol, int quantity, double price, WireMsg.Side side,
            Instant at) implements Msg {}

    /** {@return the sink} */
    public static Behavior<Msg> sink() {
        long[] count = {0};
        return Behaviors.receive(Msg.class)
                .onMessage(Item.class, m -> {
                    count[0]++;
                    return Behaviors.same();
                })
                .onMessage(Order.class, m -> {
                    count[0]++;
                    return Behaviors.same();
                })
                .onMessage(Flush.class, m -> {
                    m.replyTo().tell(count[0]);
                    return Behaviors.same();
                })
                .onMessage(Echo.class, m -> {
                    m.replyTo().tell(m.value());
                    return Behaviors.same();
                })
                .build();
    }

    /**
     * Artery over TCP on 127.0.0.1, the records bound to Jackson CBOR.
     *
     * @param port the port, 0 for any
     * @return the configuration
     */
    public static Config config(int port) {
        return ConfigFactory.parseString("""
                pekko.loglevel = WARNING
                pekko.actor.provider = remote
                pekko.remote.artery.transport = tcp
                pekko.remote.artery.canonical.hostname = "127.0.0.1"
                pekko.remote.artery.canonical.port = %d
                pekko.actor.serialization-bindings {
                  "dev.rt.bench.remote.PekkoRemote$Json" = jackson-cbor
                }
                """.formatted(port)).withFallback(ConfigFactory.load());
    }
}
