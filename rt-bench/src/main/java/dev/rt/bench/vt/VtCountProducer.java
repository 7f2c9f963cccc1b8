package dev.rt.bench.vt;

import dev.rt.bench.Done;

/**
 * Twin of {@link dev.rt.bench.savina.CountProducer}: Savina Counting, the producer, which sends N
 * increments and then asks for the total, and checks it.
 */
public final class VtCountProducer extends VtActor<VtCountProducer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the run. */
        record Increment() implements Msg {
            public static final Increment INSTANCE = new Increment();
        }

        /**
         * The counter's total.
         *
         * @param result the total
         */
        record Result(int result) implements Msg {}
    }

    private final int n;
    private final VtCountCounter counter;
    private final Done done;

    /**
     * Creates the producer.
     *
     * @param n increments to send
     * @param counter the counter
     * @param done counted down when it stops
     */
    public VtCountProducer(int n, VtCountCounter counter, Done done) {
        this.n = n;
        this.counter = counter;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Increment() -> {
                for (int i = 0; i < n; i++) {
                    counter.tell(VtCountCounter.Msg.Increment.INSTANCE);
                }
                counter.tell(new VtCountCounter.Msg.Retrieve(this));
            }
            case Msg.Result(int result) -> {
                if (result != n) {
                    throw new IllegalStateException("expected " + n + ", counted " + result);
                }
                stop();
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
