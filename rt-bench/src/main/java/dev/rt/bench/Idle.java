package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CountDownLatch;

/**
 * The actor of the memory benchmark: starts, reports it, and then waits for nothing; or, when
 * {@link #pokeSelf} is set, first sends itself one message and reports when it has handled it.
 */
@ActorBehavior
public final class Idle implements Actor<Idle.Msg> {

    /** The idle actor's protocol. */
    public sealed interface Msg {
        /** The one message of the messaged shape. */
        record Poke() implements Msg {}
    }

    /** Counted down by every idle actor once it has started; set before they are spawned. */
    static volatile CountDownLatch started = new CountDownLatch(0);
    /** Whether each actor sends itself one {@link Msg.Poke} when it starts. */
    static volatile boolean pokeSelf;

    /** Creates an idle actor. */
    public Idle() {}

    @Override
    public void preStart(ActorContext<Msg> context) {
        if (pokeSelf) {
            context.self().tell(new Msg.Poke());
        } else {
            started.countDown();
        }
    }

    void on(Msg.Poke m) {
        started.countDown();
    }
}
