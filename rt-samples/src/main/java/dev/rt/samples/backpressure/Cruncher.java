package dev.rt.samples.backpressure;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import dev.rt.annotation.Overflow;

/** A worker with a small bounded mailbox that rejects what does not fit. */
@ActorBehavior(capacity = 8, overflow = Overflow.REJECT)
public final class Cruncher implements Actor<CrunchMsg> {

    private int done;
    private double sink;

    /** Creates a worker. */
    public Cruncher() {}

    void on(CrunchMsg.Crunch m) {
        double x = m.number();
        for (int i = 0; i < 20_000; i++) { // some real work per job
            x = Math.sqrt(x + i);
        }
        sink += x;
        done++;
    }

    int on(CrunchMsg.Done m) {
        return done;
    }
}
