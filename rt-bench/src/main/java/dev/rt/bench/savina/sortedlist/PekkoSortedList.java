package dev.rt.bench.savina.sortedlist;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import dev.rt.bench.savina.PekkoWorkersDone;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link SortedList} and {@link SortedListWorker} (the master's is {@link
 * PekkoWorkersDone}): the same list, messages and work, written as a Pekko user writes them ({@link
 * AbstractBehavior} and a receive builder; a request carries the {@code replyTo} its reply goes
 * to, where RT's carries the worker's handle). Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoSortedList {

    private PekkoSortedList() {}

    /** Twin of {@link SortedList}. */
    public static final class ListActor extends PekkoTwin<ListActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Inserts {@code value}; replies with it.
         *
         * @param value the value
         * @param replyTo where the reply goes
         */
        public record Write(int value, ActorRef<Worker.Reply> replyTo) implements Msg {}

        /**
         * Replies 1 if the list holds {@code value}, else 0.
         *
         * @param value the value
         * @param replyTo where the reply goes
         */
        public record Contains(int value, ActorRef<Worker.Reply> replyTo) implements Msg {}

        /**
         * Replies with the number of elements.
         *
         * @param replyTo where the reply goes
         */
        public record Size(ActorRef<Worker.Reply> replyTo) implements Msg {}

        /** Reports and stops. */
        public enum End implements Msg { INSTANCE }

        private final IntSortedList list = new IntSortedList();
        private final AtomicReference<SortedListReport> report;
        private int requests;
        private int writes;

        private ListActor(ActorContext<Msg> ctx, AtomicReference<SortedListReport> report,
                Done done) {
            super(ctx, done);
            this.report = report;
        }

        /**
         * {@return the behavior}: an empty list
         *
         * @param report set to its report when it ends
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(AtomicReference<SortedListReport> report, Done done) {
            return Behaviors.setup(ctx -> new ListActor(ctx, report, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Write.class, m -> {
                        requests++;
                        writes++;
                        list.add(m.value());
                        m.replyTo().tell(new Worker.Reply(m.value()));
                        return this;
                    })
                    .onMessage(Contains.class, m -> {
                        requests++;
                        m.replyTo().tell(new Worker.Reply(list.contains(m.value()) ? 1 : 0));
                        return this;
                    })
                    .onMessage(Size.class, m -> {
                        requests++;
                        m.replyTo().tell(new Worker.Reply(list.size()));
                        return this;
                    })
                    .onMessage(End.class, m -> {
                        report.set(new SortedListReport(requests, writes, list.size(),
                                list.isSorted()));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link SortedListWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the work. */
        public enum DoWork implements Msg { INSTANCE }

        /**
         * The list's reply to the last request.
         *
         * @param value the reply
         */
        public record Reply(int value) implements Msg {}

        private final ActorRef<PekkoWorkersDone.EndWork> master;
        private final ActorRef<ListActor.Msg> list;
        private final ActorRef<Reply> self;
        private final int numMessages;
        private final int writePercent;
        private final int sizePercent;
        private final SmallRandom random;
        private int messageCount;

        private Worker(ActorContext<Msg> ctx, ActorRef<PekkoWorkersDone.EndWork> master,
                ActorRef<ListActor.Msg> list, int id, int numMessages, int writePercent,
                int sizePercent, Done done) {
            super(ctx, done);
            this.master = master;
            this.list = list;
            this.self = ctx.getSelf().narrow();
            this.numMessages = numMessages;
            this.writePercent = writePercent;
            this.sizePercent = sizePercent;
            this.random = new SmallRandom(
                    SortedListBenchmark.seed(id, numMessages, writePercent, sizePercent));
        }

        /**
         * {@return the behavior}
         *
         * @param master told when it is done
         * @param list the list actor
         * @param id its number, part of its random seed as in Savina
         * @param numMessages requests it makes
         * @param writePercent the share of writes among them, in percent
         * @param sizePercent the share of size requests among them, in percent
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<PekkoWorkersDone.EndWork> master,
                ActorRef<ListActor.Msg> list, int id, int numMessages, int writePercent,
                int sizePercent, Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, master, list, id, numMessages,
                    writePercent, sizePercent, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(DoWork.class, m -> next())
                    .onMessage(Reply.class, m -> next())
                    .build();
        }

        /** Sends the next request, or, after the last, tells the master and stops. */
        private Behavior<Msg> next() {
            messageCount++;
            if (messageCount > numMessages) {
                master.tell(new PekkoWorkersDone.EndWork());
                return Behaviors.stopped();
            }
            int draw = random.nextInt(100);
            if (draw < sizePercent) {
                list.tell(new ListActor.Size(self));
            } else if (draw < sizePercent + writePercent) {
                list.tell(new ListActor.Write(random.nextInt(), self));
            } else {
                list.tell(new ListActor.Contains(random.nextInt(), self));
            }
            return this;
        }
    }
}
