package dev.rt.bench.savina.dictionary;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.WorkersDoneHandle;
import java.util.Random;

/**
 * Savina Concurrent Dictionary: a worker, which sends the dictionary a random read or write with
 * its own handle, waits for the reply, and sends the next, a given number of times; then it tells
 * the master and stops.
 */
@ActorBehavior
public final class DictionaryWorker implements Actor<DictionaryWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the work. */
        record DoWork() implements Msg {}

        /**
         * The dictionary's reply to the last request.
         *
         * @param value the value read or written
         */
        record Reply(int value) implements Msg {}
    }

    private final WorkersDoneHandle master;
    private final DictionaryHandle dictionary;
    private final int numMessages;
    private final int writePercent;
    private final int dataLimit;
    private final Random random;
    private final Done done;
    private DictionaryWorkerHandle self;
    private int messageCount;

    /**
     * Creates a worker.
     *
     * @param master told when it is done
     * @param dictionary the dictionary
     * @param id its number, part of its random seed as in Savina
     * @param numMessages requests it makes
     * @param writePercent the share of writes among them, in percent
     * @param dataLimit keys are drawn from {@code [0, dataLimit)}
     * @param done counted down when it stops
     */
    public DictionaryWorker(WorkersDoneHandle master, DictionaryHandle dictionary, int id,
            int numMessages, int writePercent, int dataLimit, Done done) {
        this.master = master;
        this.dictionary = dictionary;
        this.numMessages = numMessages;
        this.writePercent = writePercent;
        this.dataLimit = dataLimit;
        this.random = new Random(DictionaryBenchmark.seed(id, numMessages, writePercent));
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = DictionaryWorkerHandle.of(context.self());
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
        if (random.nextInt(100) < writePercent) {
            int key = Math.floorMod(random.nextInt(), dataLimit);
            dictionary.write(key, random.nextInt(), self);
        } else {
            dictionary.read(Math.floorMod(random.nextInt(), dataLimit), self);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
