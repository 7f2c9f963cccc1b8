package dev.rt.bench.vt;

import dev.rt.bench.Done;

/** Twin of {@link dev.rt.bench.savina.PpPing}: Savina PingPong, the pinging actor. */
public final class VtPpPing extends VtActor<VtPpPing.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the run. */
        record Start() implements Msg {
            public static final Start INSTANCE = new Start();
        }

        /** Sends the next ping (sent to itself). */
        record Ping() implements Msg {
            public static final Ping INSTANCE = new Ping();
        }

        /**
         * The pong.
         *
         * @param sender the ponging actor
         */
        record SendPong(VtPpPong sender) implements Msg {}
    }

    private final VtPpPong pong;
    private final Done done;
    private int pingsLeft;

    /**
     * Creates the pinging actor.
     *
     * @param count pings to send
     * @param pong its partner
     * @param done counted down when it stops
     */
    public VtPpPing(int count, VtPpPong pong, Done done) {
        this.pingsLeft = count;
        this.pong = pong;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Start() -> {
                pong.tell(new VtPpPong.Msg.SendPing(this));
                pingsLeft--;
            }
            case Msg.Ping() -> {
                pong.tell(new VtPpPong.Msg.SendPing(this));
                pingsLeft--;
            }
            case Msg.SendPong(var sender) -> {
                if (pingsLeft > 0) {
                    tell(Msg.Ping.INSTANCE);
                } else {
                    pong.tell(VtPpPong.Msg.Finish.INSTANCE);
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
