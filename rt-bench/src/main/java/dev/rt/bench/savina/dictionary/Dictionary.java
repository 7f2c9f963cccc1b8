package dev.rt.bench.savina.dictionary;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Savina Concurrent Dictionary: the dictionary, a hash map that answers reads and writes. */
@ActorBehavior
public final class Dictionary implements Actor<Dictionary.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Maps {@code key} to {@code value}; replies with the value.
         *
         * @param key the key
         * @param value the value
         * @param replyTo where the reply goes
         */
        record Write(int key, int value, DictionaryWorkerHandle replyTo) implements Msg {}

        /**
         * Replies with the value of {@code key}.
         *
         * @param key the key
         * @param replyTo where the reply goes
         */
        record Read(int key, DictionaryWorkerHandle replyTo) implements Msg {}

        /** Reports and stops. */
        record End() implements Msg {}
    }

    private final Map<Integer, Integer> data;
    private final AtomicReference<DictionaryReport> report;
    private final Done done;
    private int reads;
    private int writes;

    /**
     * Creates the dictionary, with a copy of the initial entries, as Savina's does.
     *
     * @param initial the initial entries
     * @param report set to its report when it ends
     * @param done counted down when it stops
     */
    public Dictionary(Map<Integer, Integer> initial, AtomicReference<DictionaryReport> report,
            Done done) {
        this.data = new HashMap<>(initial);
        this.report = report;
        this.done = done;
    }

    void on(Msg.Write m) {
        data.put(m.key(), m.value());
        writes++;
        m.replyTo().reply(m.value());
    }

    void on(Msg.Read m) {
        reads++;
        m.replyTo().reply(data.get(m.key()));
    }

    void on(Msg.End m, ActorContext<Msg> context) {
        report.set(new DictionaryReport(reads, writes, data.size()));
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
