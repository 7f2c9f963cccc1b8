package dev.rt.bench.vt;

import dev.rt.bench.Done;
import dev.rt.bench.savina.Savina;
import java.util.List;

/**
 * Twin of {@link dev.rt.bench.savina.BigActor}: Savina Big, one of many actors that ping random
 * neighbours and wait for their pongs, and check that each pong comes from the one it pinged.
 */
public final class VtBigActor extends VtActor<VtBigActor.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * All actors, by id.
         *
         * @param neighbors the actors
         */
        record Neighbors(List<VtBigActor> neighbors) implements Msg {}

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
        record Exit() implements Msg {
            public static final Exit INSTANCE = new Exit();
        }
    }

    private final int id;
    private final int numMessages;
    private final VtBigSink sink;
    private final Done done;
    private final Savina.Random random;
    private int numPings;
    private int expPinger = -1;
    private VtBigActor[] neighbors;

    /**
     * Creates an actor.
     *
     * @param id its id
     * @param numMessages pings it sends
     * @param sink told when it is done
     * @param done counted down when it stops
     */
    public VtBigActor(int id, int numMessages, VtBigSink sink, Done done) {
        this.id = id;
        this.numMessages = numMessages;
        this.sink = sink;
        this.done = done;
        this.random = new Savina.Random(id);
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Neighbors(var all) -> neighbors = all.toArray(new VtBigActor[0]);
            case Msg.Ping(int sender) -> neighbors[sender].tell(new Msg.Pong(id));
            case Msg.Pong(int sender) -> {
                if (sender != expPinger) {
                    throw new IllegalStateException("expected a pong from " + expPinger
                            + ", got one from " + sender);
                }
                if (numPings == numMessages) {
                    sink.tell(VtBigSink.Msg.Exit.INSTANCE);
                } else {
                    int target = random.nextInt(neighbors.length);
                    expPinger = target;
                    neighbors[target].tell(new Msg.Ping(id));
                    numPings++;
                }
            }
            case Msg.Exit() -> stop();
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
