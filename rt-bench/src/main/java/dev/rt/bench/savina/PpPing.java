package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina PingPong: the pinging actor. */
@ActorBehavior
public final class PpPing implements Actor<PpPing.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the run. */
        record Start() implements Msg {}

        /** Sends the next ping (sent to itself). */
        record Ping() implements Msg {}

        /**
         * The pong.
         *
         * @param sender the ponging actor
         */
        record SendPong(PpPongHandle sender) implements Msg {}
    }

    private final PpPongHandle pong;
    private final Done done;
    private int pingsLeft;
    private PpPingHandle self;
    private ActorContext<Msg> context;

    /**
     * Creates the pinging actor.
     *
     * @param count pings to send
     * @param pong its partner
     * @param done counted down when it stops
     */
    public PpPing(int count, PpPongHandle pong, Done done) {
        this.pingsLeft = count;
        this.pong = pong;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        this.self = PpPingHandle.of(context.self());
    }

    void on(Msg.Start m) {
        pong.sendPing(self);
        pingsLeft--;
    }

    void on(Msg.Ping m) {
        pong.sendPing(self);
        pingsLeft--;
    }

    void on(Msg.SendPong m) {
        if (pingsLeft > 0) {
            self.ping();
        } else {
            pong.finish();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
