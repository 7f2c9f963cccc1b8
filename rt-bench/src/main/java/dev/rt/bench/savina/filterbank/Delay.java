package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: a delay line, which passes each value on a fixed number of values later. */
@ActorBehavior
public final class Delay implements Actor<Stage> {

    private final double[] state;
    private final ActorRef<Stage> next;
    private final Done done;
    private int placeHolder;

    /**
     * Creates a delay.
     *
     * @param delayLength values it holds back; it sends zeros until it is full
     * @param next the next stage
     * @param done counted down when it stops
     */
    public Delay(int delayLength, ActorRef<Stage> next, Done done) {
        this.state = new double[delayLength];
        this.next = next;
        this.done = done;
    }

    void on(Stage.Value m) {
        next.tell(new Stage.Value(state[placeHolder]));
        state[placeHolder] = m.value();
        placeHolder = (placeHolder + 1) % state.length;
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
