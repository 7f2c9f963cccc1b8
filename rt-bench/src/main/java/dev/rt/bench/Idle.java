package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CountDownLatch;

/** The actor of the memory benchmark: starts, reports it, and then waits for nothing. */
@ActorBehavior
public final class Idle implements Actor<Idle.Msg> {

    /** The idle actor's protocol: it is never sent anything. */
    public sealed interface Msg {
        /** Unused. */
        record Poke() implements Msg {}
    }

    /** Counted down by every idle actor once it has started; set before they are spawned. */
    static volatile CountDownLatch started = new CountDownLatch(0);

    /** Creates an idle actor. */
    public Idle() {}

    @Override
    public void preStart(ActorContext<Msg> context) {
        started.countDown();
    }

    void on(Msg.Poke m) {}
}
