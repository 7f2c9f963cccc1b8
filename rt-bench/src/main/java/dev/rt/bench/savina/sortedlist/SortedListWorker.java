package dev.rt.bench.savina.sortedlist;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.WorkersDoneHandle;

/**
 * Savina Concurrent Sorted Linked List: a worker, which sends the list a random size, write or
 * lookup with its own handle, waits for the reply, and sends the next, a given number of times;
 * then it tells the master and stops.
 */
@ActorBehavior
public final class SortedListWorker implements Actor<SortedListWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the work. */
        record DoWork() implements Msg {}

        /**
         * The list's reply to the last request.
         *
         * @param value the reply
         */
        record Reply(int value) implements Msg {}
    }

    private final WorkersDoneHandle master;
    private final SortedListHandle list;
    private final int numMessages;
    private final int writePercent;
    private final int sizePercent;
    private final SmallRandom random;
    private final Done done;
    private SortedListWorkerHandle self;
    private int messageCount;

    /**
     * Creates a worker.
     *
     * @param master told when it is done
     * @param list the list actor
     * @param id its number, part of its random seed as in Savina
     * @param numMessages requests it makes
     * @param writePercent the share of writes among them, in percent
     * @param sizePercent the share of size requests among them, in percent
     * @param done counted down when it stops
     */
    public SortedListWorker(WorkersDoneHandle master, SortedListHandle list, int id,
            int numMessages, int writePercent, int sizePercent, Done done) {
        this.master = master;
        this.list = list;
        this.numMessages = numMessages;
        this.writePercent = writePercent;
        this.sizePercent = sizePercent;
        this.random = new SmallRandom(
                SortedListBenchmark.seed(id, numMessages, writePercent, sizePercent));
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = SortedListWorkerHandle.of(context.self());
    }

    void on(Msg.DoWork m, ActorContext<Msg> context) {
        next(context);
    }

    void on(Msg.Reply m, ActorContext<Msg> context) {
        next(context);
    }

    /** Sends the next request, or, after the last, tells the master and stops. */
    private void next(ActorContext<Msg> context) {
        messageCount++;
        if (messageCount > numMessages) {
            master.endWork();
            context.stop();
            return;
        }
        int draw = random.nextInt(100);
        if (draw < sizePercent) {
            list.size(self);
        } else if (draw < sizePercent + writePercent) {
            list.write(random.nextInt(), self);
        } else {
            list.contains(random.nextInt(), self);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
