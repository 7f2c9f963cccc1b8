package dev.rt.bench.savina.sortedlist;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Concurrent Sorted Linked List: the master, which ends the list after the workers. */
@ActorBehavior
public final class SortedListMaster implements Actor<SortedListMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** A worker is done. */
        record EndWork() implements Msg {}
    }

    private final SortedListHandle list;
    private final int numWorkers;
    private final Done done;
    private int workersDone;

    /**
     * Creates the master.
     *
     * @param list ended once every worker is done
     * @param numWorkers workers to wait for
     * @param done counted down when it stops
     */
    public SortedListMaster(SortedListHandle list, int numWorkers, Done done) {
        this.list = list;
        this.numWorkers = numWorkers;
        this.done = done;
    }

    void on(Msg.EndWork m, ActorContext<Msg> context) {
        if (++workersDone == numWorkers) {
            list.end();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
