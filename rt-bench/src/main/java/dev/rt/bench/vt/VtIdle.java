package dev.rt.bench.vt;

import java.util.concurrent.CountDownLatch;

/**
 * Twin of {@link dev.rt.bench.Idle}, the actor of the memory benchmark: starts, reports it, and
 * then waits in {@code take()} on its empty mailbox (its virtual thread parked, its stack on the
 * heap); or, when {@link #pokeSelf} is set, first sends itself one message and reports when it
 * has handled it, and then waits.
 */
public final class VtIdle extends VtActor<VtIdle.Msg> {

    /** The idle actor's protocol. */
    public sealed interface Msg {
        /** The one message of the messaged shape. */
        record Poke() implements Msg {
            public static final Poke INSTANCE = new Poke();
        }
    }

    /** Counted down by every idle actor once it has started; set before they are started. */
    public static volatile CountDownLatch started = new CountDownLatch(0);
    /** Whether each actor sends itself one {@link Msg.Poke} when it starts. */
    public static volatile boolean pokeSelf;

    /** Creates an idle actor. */
    public VtIdle() {}

    @Override
    protected void preStart() {
        if (pokeSelf) {
            tell(Msg.Poke.INSTANCE);
        } else {
            started.countDown();
        }
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Poke() -> started.countDown();
        }
    }
}
