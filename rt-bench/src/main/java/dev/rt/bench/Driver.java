package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.function.Consumer;

/**
 * Runs a piece of benchmark code on an actor's thread, with that actor's context: the parent of
 * the actors that a benchmark spawns while it is measured (spawn, Savina). Pekko's twin is {@link
 * dev.rt.bench.pekko.PekkoActors#driver}, so both runtimes spawn from inside an actor.
 */
@ActorBehavior
public final class Driver implements Actor<Driver.Msg> {

    /** The driver's protocol. */
    public sealed interface Msg {
        /**
         * Runs {@code body} with the driver's context.
         *
         * @param body the code; it may spawn children through the context
         */
        record Run(Consumer<ActorContext<Msg>> body) implements Msg {}
    }

    private final Runnable onStop;

    /** Creates a driver. */
    public Driver() {
        this(() -> { });
    }

    /**
     * Creates a driver that reports its end.
     *
     * @param onStop runs in {@code postStop}, after all of the driver's children have stopped
     */
    public Driver(Runnable onStop) {
        this.onStop = onStop;
    }

    void on(Msg.Run m, ActorContext<Msg> context) {
        m.body().accept(context);
    }

    @Override
    public void postStop() {
        onStop.run();
    }
}
