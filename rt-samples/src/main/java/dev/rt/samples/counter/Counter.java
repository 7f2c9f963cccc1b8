package dev.rt.samples.counter;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/** A counter: the smallest useful actor. RT generates {@code CounterHandle} from it. */
@ActorBehavior
public final class Counter implements Actor<CounterMsg> {

    private long count;

    /** Creates a counter at zero. */
    public Counter() {}

    void on(CounterMsg.Increment m) {
        count += m.by();
    }

    long on(CounterMsg.Get m) {
        return count;
    }

    void on(CounterMsg.Crash m) {
        throw new IllegalStateException(m.why());
    }
}
