package dev.rt.samples.workers;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs jobs, and crashes on every third job of each incarnation. */
@ActorBehavior
public final class JobWorker implements Actor<JobMsg> {

    private final AtomicInteger completed;
    private int seen;

    /**
     * Creates a worker.
     *
     * @param completed counts the jobs completed by every worker, across restarts
     */
    public JobWorker(AtomicInteger completed) {
        this.completed = completed;
    }

    void on(JobMsg.Run m) {
        if (++seen % 3 == 0) {
            throw new IllegalStateException("job " + m.number() + " hit a bad sector");
        }
        completed.incrementAndGet();
    }

    int on(JobMsg.Done m) {
        return seen;
    }
}
