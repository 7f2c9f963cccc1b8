package dev.rt.bench.vt;

import dev.rt.bench.Done;

/** Twin of {@link dev.rt.bench.savina.CountCounter}: Savina Counting, the counter. */
public final class VtCountCounter extends VtActor<VtCountCounter.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Adds one. */
        record Increment() implements Msg {
            public static final Increment INSTANCE = new Increment();
        }

        /**
         * Sends the total, then stops.
         *
         * @param sender where the total goes
         */
        record Retrieve(VtCountProducer sender) implements Msg {}
    }

    private final Done done;
    private int count;

    /**
     * Creates the counter.
     *
     * @param done counted down when it stops
     */
    public VtCountCounter(Done done) {
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Increment() -> count++;
            case Msg.Retrieve(var sender) -> {
                sender.tell(new VtCountProducer.Msg.Result(count));
                stop();
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
