package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: a down-sampler, which keeps one value in so many and zeroes the rest. */
@ActorBehavior
public final class SampleFilter implements Actor<Stage> {

    private final int sampleRate;
    private final ActorRef<Stage> next;
    private final Done done;
    private int samplesReceived;

    /**
     * Creates a down-sampler.
     *
     * @param sampleRate one value in that many is kept
     * @param next the next stage
     * @param done counted down when it stops
     */
    public SampleFilter(int sampleRate, ActorRef<Stage> next, Done done) {
        this.sampleRate = sampleRate;
        this.next = next;
        this.done = done;
    }

    void on(Stage.Value m) {
        next.tell(new Stage.Value(samplesReceived == 0 ? m.value() : 0));
        samplesReceived = (samplesReceived + 1) % sampleRate;
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        next.tell(new Stage.Exit());
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
