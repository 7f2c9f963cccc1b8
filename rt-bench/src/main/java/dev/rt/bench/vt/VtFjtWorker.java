package dev.rt.bench.vt;

import dev.rt.bench.Done;
import dev.rt.bench.savina.Savina;

/**
 * Twin of {@link dev.rt.bench.savina.FjtWorker}: Savina Fork-Join throughput, a worker that does
 * one unit of work per message and stops after {@code total}.
 */
public final class VtFjtWorker extends VtActor<VtFjtWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Work() implements Msg {
            public static final Work INSTANCE = new Work();
        }
    }

    private final int total;
    private final Done done;
    private int processed;

    /**
     * Creates a worker.
     *
     * @param total messages it handles before it stops
     * @param done counted down when it stops
     */
    public VtFjtWorker(int total, Done done) {
        this.total = total;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Work() -> {
                processed++;
                Savina.compute(37.2);
                if (processed == total) {
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
