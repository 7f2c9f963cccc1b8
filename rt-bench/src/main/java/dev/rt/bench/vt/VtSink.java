package dev.rt.bench.vt;

import java.util.concurrent.CompletableFuture;

/** Twin of {@link dev.rt.bench.Sink}: counts what it receives, and answers with the count. */
public final class VtSink extends VtActor<VtSink.Msg> {

    /** The sink's protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Hit() implements Msg {
            public static final Hit INSTANCE = new Hit();
        }

        /**
         * Asks how many hits arrived.
         *
         * @param reply completed with the count
         */
        record Count(CompletableFuture<Long> reply) implements Msg {}
    }

    private long hits;

    /** Creates an empty sink. */
    public VtSink() {}

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Hit() -> hits++;
            case Msg.Count(var reply) -> reply.complete(hits);
        }
    }

    /**
     * Asks for the count from any thread other than the sink's, and waits for it.
     *
     * @return the hits so far, including every hit told before from the calling thread
     */
    public long count() {
        CompletableFuture<Long> reply = new CompletableFuture<>();
        tell(new Msg.Count(reply));
        return reply.join();
    }
}
