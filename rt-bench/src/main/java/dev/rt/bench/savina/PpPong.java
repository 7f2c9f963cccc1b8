package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina PingPong: the ponging actor. */
@ActorBehavior
public final class PpPong implements Actor<PpPong.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A ping.
         *
         * @param sender where the pong goes
         */
        record SendPing(PpPingHandle sender) implements Msg {}

        /** The end of the run. */
        record Finish() implements Msg {}
    }

    private final Done done;
    private ActorContext<Msg> context;
    private PpPongHandle self;
    private int pongCount;

    /**
     * Creates the ponging actor.
     *
     * @param done counted down when it stops
     */
    public PpPong(Done done) {
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        this.self = PpPongHandle.of(context.self());
    }

    void on(Msg.SendPing m) {
        m.sender().sendPong(self);
        pongCount++;
    }

    void on(Msg.Finish m) {
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
