package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: the end of one channel's chain, which tags its values with the channel. */
@ActorBehavior
public final class TaggedForward implements Actor<Stage> {

    private final int sourceId;
    private final IntegratorHandle integrator;
    private final Done done;

    /**
     * Creates the forwarder.
     *
     * @param sourceId its channel
     * @param integrator gets the tagged values
     * @param done counted down when it stops
     */
    public TaggedForward(int sourceId, IntegratorHandle integrator, Done done) {
        this.sourceId = sourceId;
        this.integrator = integrator;
        this.done = done;
    }

    void on(Stage.Value m) {
        integrator.sourcedValue(sourceId, m.value());
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        integrator.exit();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
