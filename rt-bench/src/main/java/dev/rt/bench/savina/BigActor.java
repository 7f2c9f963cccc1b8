package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;

/** Savina Big: one of many actors that ping random neighbours and wait for their pongs. */
@ActorBehavior
public final class BigActor implements Actor<BigActor.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * All actors, by id.
         *
         * @param neighbors the actors
         */
        record Neighbors(List<BigActorHandle> neighbors) implements Msg {}

        /**
         * A ping.
         *
         * @param sender the id of the pinging actor
         */
        record Ping(int sender) implements Msg {}

        /**
         * A pong.
         *
         * @param sender the id of the ponging actor
         */
        record Pong(int sender) implements Msg {}

        /** Stops. */
        record Exit() implements Msg {}
    }

    private final int id;
    private final int numMessages;
    private final BigSinkHandle sink;
    private final Done done;
    private final Savina.Random random;
    private int numPings;
    private int expPinger = -1;
    private BigActorHandle[] neighbors;

    /**
     * Creates an actor.
     *
     * @param id its id
     * @param numMessages pings it sends
     * @param sink told when it is done
     * @param done counted down when it stops
     */
    public BigActor(int id, int numMessages, BigSinkHandle sink, Done done) {
        this.id = id;
        this.numMessages = numMessages;
        this.sink = sink;
        this.done = done;
        this.random = new Savina.Random(id);
    }

    void on(Msg.Neighbors m) {
        neighbors = m.neighbors().toArray(new BigActorHandle[0]);
    }

    void on(Msg.Ping m) {
        neighbors[m.sender()].pong(id);
    }

    void on(Msg.Pong m) {
        if (m.sender() != expPinger) {
            throw new IllegalStateException("expected a pong from " + expPinger + ", got one from "
                    + m.sender());
        }
        if (numPings == numMessages) {
            sink.exit();
        } else {
            int target = random.nextInt(neighbors.length);
            expPinger = target;
            neighbors[target].ping(id);
            numPings++;
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
