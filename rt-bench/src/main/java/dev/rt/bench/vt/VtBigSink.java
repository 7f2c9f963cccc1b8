package dev.rt.bench.vt;

import dev.rt.bench.Done;
import java.util.List;

/**
 * Twin of {@link dev.rt.bench.savina.BigSink}: Savina Big, the sink, which stops everything once
 * every actor is done.
 */
public final class VtBigSink extends VtActor<VtBigSink.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * All actors.
         *
         * @param neighbors the actors
         */
        record Neighbors(List<VtBigActor> neighbors) implements Msg {}

        /** One actor is done. */
        record Exit() implements Msg {
            public static final Exit INSTANCE = new Exit();
        }
    }

    private final int numWorkers;
    private final Done done;
    private int numMessages;
    private List<VtBigActor> neighbors;

    /**
     * Creates the sink.
     *
     * @param numWorkers actors to wait for
     * @param done counted down when it stops
     */
    public VtBigSink(int numWorkers, Done done) {
        this.numWorkers = numWorkers;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Neighbors(var all) -> neighbors = all;
            case Msg.Exit() -> {
                if (++numMessages == numWorkers) {
                    for (VtBigActor worker : neighbors) {
                        worker.tell(VtBigActor.Msg.Exit.INSTANCE);
                    }
                    stop();
                }
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
