package dev.rt.samples.pingpong;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Sends pings and counts the pongs; its {@code Start} request replies when the game ends. */
@ActorBehavior
public final class Pinger implements Actor<PingerMsg> {

    private ActorRef<PongerMsg> ponger;
    private PingerHandle self;
    private CompletableFuture<Integer> done;
    private int played;

    /** Creates an idle pinger. */
    public Pinger() {}

    CompletionStage<Integer> on(PingerMsg.Start m, ActorContext<PingerMsg> context) {
        ponger = m.ponger();
        self = PingerHandle.of(context.self());
        done = new CompletableFuture<>();
        played = 0;
        ponger.tell(new PongerMsg.Ping(m.rounds() - 1, self));
        return done;
    }

    void on(PingerMsg.Pong m) {
        played++;
        if (m.remaining() == 0) {
            done.complete(played);
        } else {
            ponger.tell(new PongerMsg.Ping(m.remaining() - 1, self));
        }
    }
}
