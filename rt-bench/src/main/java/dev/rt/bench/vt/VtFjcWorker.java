package dev.rt.bench.vt;

import dev.rt.bench.Done;
import dev.rt.bench.savina.Savina;

/**
 * Twin of {@link dev.rt.bench.savina.FjcWorker}: Savina Fork-Join create, a worker that handles
 * one message and stops.
 */
public final class VtFjcWorker extends VtActor<VtFjcWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** The one unit of work. */
        record Work() implements Msg {
            public static final Work INSTANCE = new Work();
        }
    }

    private final Done done;

    /**
     * Creates a worker.
     *
     * @param done counted down when it stops
     */
    public VtFjcWorker(Done done) {
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Work() -> {
                Savina.compute(37.2);
                stop();
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
