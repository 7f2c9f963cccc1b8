package dev.rt.bench.vt;

import dev.rt.bench.Done;

/** Twin of {@link dev.rt.bench.savina.PpPong}: Savina PingPong, the ponging actor. */
public final class VtPpPong extends VtActor<VtPpPong.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A ping.
         *
         * @param sender where the pong goes
         */
        record SendPing(VtPpPing sender) implements Msg {}

        /** The end of the run. */
        record Finish() implements Msg {
            public static final Finish INSTANCE = new Finish();
        }
    }

    private final Done done;
    private int pongCount;

    /**
     * Creates the ponging actor.
     *
     * @param done counted down when it stops
     */
    public VtPpPong(Done done) {
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.SendPing(var sender) -> {
                sender.tell(new VtPpPing.Msg.SendPong(this));
                pongCount++;
            }
            case Msg.Finish() -> stop();
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
