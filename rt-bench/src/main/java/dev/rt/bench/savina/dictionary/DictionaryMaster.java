package dev.rt.bench.savina.dictionary;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Concurrent Dictionary: the master, which ends the dictionary after the workers. */
@ActorBehavior
public final class DictionaryMaster implements Actor<DictionaryMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** A worker is done. */
        record EndWork() implements Msg {}
    }

    private final DictionaryHandle dictionary;
    private final int numWorkers;
    private final Done done;
    private int workersDone;

    /**
     * Creates the master.
     *
     * @param dictionary ended once every worker is done
     * @param numWorkers workers to wait for
     * @param done counted down when it stops
     */
    public DictionaryMaster(DictionaryHandle dictionary, int numWorkers, Done done) {
        this.dictionary = dictionary;
        this.numWorkers = numWorkers;
        this.done = done;
    }

    void on(Msg.EndWork m, ActorContext<Msg> context) {
        if (++workersDone == numWorkers) {
            dictionary.end();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
