package dev.rt.bench.vt;

/**
 * Twin of {@link dev.rt.bench.Ponger}: the other side of a ping-pong pair; answers every ping
 * with a pong.
 */
public final class VtPonger extends VtActor<VtPonger.Msg> {

    /** The ponger's protocol. */
    public sealed interface Msg {
        /**
         * A ping.
         *
         * @param from where the pong goes
         */
        record Ping(VtPinger from) implements Msg {}
    }

    /** Creates a ponger. */
    public VtPonger() {}

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Ping(var from) -> from.tell(VtPinger.Msg.Pong.INSTANCE);
        }
    }
}
