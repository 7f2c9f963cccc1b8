package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * The master of Savina's Concurrent Dictionary and Concurrent Sorted List: it waits until every
 * worker has told it that it is done, then ends the shared actor (the dictionary, the list) and
 * stops. Its Pekko twin is {@link PekkoWorkersDone}.
 */
@ActorBehavior
public final class WorkersDone implements Actor<WorkersDone.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** A worker is done. */
        record EndWork() implements Msg {}
    }

    private final int workers;
    private final Runnable end;
    private final Done done;
    private int workersDone;

    /**
     * Creates the master.
     *
     * @param workers workers to wait for
     * @param end ends the shared actor, on this actor's thread, once every worker is done
     * @param done counted down when it stops
     */
    public WorkersDone(int workers, Runnable end, Done done) {
        this.workers = workers;
        this.end = end;
        this.done = done;
    }

    void on(Msg.EndWork m, ActorContext<Msg> context) {
        if (++workersDone == workers) {
            end.run();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
