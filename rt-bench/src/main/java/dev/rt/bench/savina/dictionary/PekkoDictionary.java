package dev.rt.bench.savina.dictionary;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import dev.rt.bench.savina.PekkoWorkersDone;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link Dictionary} and {@link DictionaryWorker} (the master's is {@link
 * PekkoWorkersDone}): the same map, messages and work, written as a Pekko user writes them
 * ({@link AbstractBehavior} and a receive builder; a request carries the {@code replyTo} its
 * reply goes to, where RT's carries the worker's handle). Each counts {@link Done} down on {@link
 * PostStop}.
 */
public final class PekkoDictionary {

    private PekkoDictionary() {}

    /** Twin of {@link Dictionary}. */
    public static final class Dict extends PekkoTwin<Dict.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Maps {@code key} to {@code value}; replies with the value.
         *
         * @param key the key
         * @param value the value
         * @param replyTo where the reply goes
         */
        public record Write(int key, int value, ActorRef<Worker.Reply> replyTo) implements Msg {}

        /**
         * Replies with the value of {@code key}.
         *
         * @param key the key
         * @param replyTo where the reply goes
         */
        public record Read(int key, ActorRef<Worker.Reply> replyTo) implements Msg {}

        /** Reports and stops. */
        public enum End implements Msg { INSTANCE }

        private final Map<Integer, Integer> data;
        private final AtomicReference<DictionaryReport> report;
        private int reads;
        private int writes;

        private Dict(ActorContext<Msg> ctx, Map<Integer, Integer> initial,
                AtomicReference<DictionaryReport> report, Done done) {
            super(ctx, done);
            this.data = new HashMap<>(initial);
            this.report = report;
        }

        /**
         * {@return the behavior}: a copy of the initial entries, as Savina's dictionary has
         *
         * @param initial the initial entries
         * @param report set to its report when it ends
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(Map<Integer, Integer> initial,
                AtomicReference<DictionaryReport> report, Done done) {
            return Behaviors.setup(ctx -> new Dict(ctx, initial, report, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Write.class, m -> {
                        data.put(m.key(), m.value());
                        writes++;
                        m.replyTo().tell(new Worker.Reply(m.value()));
                        return this;
                    })
                    .onMessage(Read.class, m -> {
                        reads++;
                        m.replyTo().tell(new Worker.Reply(data.get(m.key())));
                        return this;
                    })
                    .onMessage(End.class, m -> {
                        report.set(new DictionaryReport(reads, writes, data.size()));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link DictionaryWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the work. */
        public enum DoWork implements Msg { INSTANCE }

        /**
         * The dictionary's reply to the last request.
         *
         * @param value the value read or written
         */
        public record Reply(int value) implements Msg {}

        private final ActorRef<PekkoWorkersDone.EndWork> master;
        private final ActorRef<Dict.Msg> dictionary;
        private final ActorRef<Reply> self;
        private final int numMessages;
        private final int writePercent;
        private final int dataLimit;
        private final Random random;
        private int messageCount;

        private Worker(ActorContext<Msg> ctx, ActorRef<PekkoWorkersDone.EndWork> master,
                ActorRef<Dict.Msg> dictionary, int id, int numMessages, int writePercent,
                int dataLimit, Done done) {
            super(ctx, done);
            this.master = master;
            this.dictionary = dictionary;
            this.self = ctx.getSelf().narrow();
            this.numMessages = numMessages;
            this.writePercent = writePercent;
            this.dataLimit = dataLimit;
            this.random = new Random(DictionaryBenchmark.seed(id, numMessages, writePercent));
        }

        /**
         * {@return the behavior}
         *
         * @param master told when it is done
         * @param dictionary the dictionary
         * @param id its number, part of its random seed as in Savina
         * @param numMessages requests it makes
         * @param writePercent the share of writes among them, in percent
         * @param dataLimit keys are drawn from {@code [0, dataLimit)}
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<PekkoWorkersDone.EndWork> master,
                ActorRef<Dict.Msg> dictionary, int id, int numMessages, int writePercent,
                int dataLimit, Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, master, dictionary, id, numMessages,
                    writePercent, dataLimit, done));
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
            if (random.nextInt(100) < writePercent) {
                int key = Math.floorMod(random.nextInt(), dataLimit);
                dictionary.tell(new Dict.Write(key, random.nextInt(), self));
            } else {
                dictionary.tell(new Dict.Read(Math.floorMod(random.nextInt(), dataLimit), self));
            }
            return this;
        }
    }
}
