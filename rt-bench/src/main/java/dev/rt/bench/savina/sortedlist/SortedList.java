package dev.rt.bench.savina.sortedlist;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.atomic.AtomicReference;

/** Savina Concurrent Sorted Linked List: the list actor, answering writes, lookups and sizes. */
@ActorBehavior
public final class SortedList implements Actor<SortedList.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Inserts {@code value}; replies with it.
         *
         * @param value the value
         * @param replyTo where the reply goes
         */
        record Write(int value, SortedListWorkerHandle replyTo) implements Msg {}

        /**
         * Replies 1 if the list holds {@code value}, else 0.
         *
         * @param value the value
         * @param replyTo where the reply goes
         */
        record Contains(int value, SortedListWorkerHandle replyTo) implements Msg {}

        /**
         * Replies with the number of elements.
         *
         * @param replyTo where the reply goes
         */
        record Size(SortedListWorkerHandle replyTo) implements Msg {}

        /** Reports and stops. */
        record End() implements Msg {}
    }

    private final IntSortedList list = new IntSortedList();
    private final AtomicReference<SortedListReport> report;
    private final Done done;
    private int requests;
    private int writes;

    /**
     * Creates the list actor, with an empty list.
     *
     * @param report set to its report when it ends
     * @param done counted down when it stops
     */
    public SortedList(AtomicReference<SortedListReport> report, Done done) {
        this.report = report;
        this.done = done;
    }

    void on(Msg.Write m) {
        requests++;
        writes++;
        list.add(m.value());
        m.replyTo().reply(m.value());
    }

    void on(Msg.Contains m) {
        requests++;
        m.replyTo().reply(list.contains(m.value()) ? 1 : 0);
    }

    void on(Msg.Size m) {
        requests++;
        m.replyTo().reply(list.size());
    }

    void on(Msg.End m, ActorContext<Msg> context) {
        report.set(new SortedListReport(requests, writes, list.size(), list.isSorted()));
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
