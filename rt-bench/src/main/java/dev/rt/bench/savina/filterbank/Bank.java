package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: one channel's bank, the entry of its chain of delays and filters. */
@ActorBehavior
public final class Bank implements Actor<Stage> {

    private final ActorRef<Stage> first;
    private final Done done;

    /**
     * Creates a bank.
     *
     * @param first the first delay of its chain
     * @param done counted down when it stops
     */
    public Bank(ActorRef<Stage> first, Done done) {
        this.first = first;
        this.done = done;
    }

    void on(Stage.Value m) {
        first.tell(new Stage.Value(m.value()));
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        first.tell(new Stage.Exit());
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
