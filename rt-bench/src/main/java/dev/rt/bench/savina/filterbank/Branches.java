package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;

/** Savina Filter Bank: the branches, which copy each value to every channel's bank. */
@ActorBehavior
public final class Branches implements Actor<Stage> {

    private final List<ActorRef<Stage>> banks;
    private final Done done;

    /**
     * Creates the branches.
     *
     * @param banks one bank per channel
     * @param done counted down when it stops
     */
    public Branches(List<ActorRef<Stage>> banks, Done done) {
        this.banks = banks;
        this.done = done;
    }

    void on(Stage.Value m) {
        for (ActorRef<Stage> bank : banks) {
            bank.tell(new Stage.Value(m.value()));
        }
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        for (ActorRef<Stage> bank : banks) {
            bank.tell(new Stage.Exit());
        }
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
