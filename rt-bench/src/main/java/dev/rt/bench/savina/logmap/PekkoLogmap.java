package dev.rt.bench.savina.logmap;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link LogmapMaster}, {@link SeriesWorker} and {@link RateComputer}: the
 * same series, messages and work, written as a Pekko user writes them ({@link AbstractBehavior}
 * and a receive builder; a request carries the {@code replyTo} its reply goes to, as RT's
 * carry a handle; the ask variant's worker asks with {@code ActorContext.ask}). Each counts
 * {@link Done} down on {@link PostStop}.
 */
public final class PekkoLogmap {

    private PekkoLogmap() {}

    /** Twin of {@link LogmapMaster}. */
    public static final class Master extends PekkoTwin<Master.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the run. */
        public enum Start implements Msg { INSTANCE }

        /**
         * A series' last term.
         *
         * @param series the series' number
         * @param term its last term
         */
        public record Term(int series, double term) implements Msg {}

        private final List<ActorRef<Worker.Msg>> workers;
        private final List<ActorRef<Computer.Msg>> computers;
        private final int numTerms;
        private final AtomicReference<Double> sum;
        private final double[] terms;
        private int received;

        private Master(ActorContext<Msg> ctx, List<ActorRef<Worker.Msg>> workers,
                List<ActorRef<Computer.Msg>> computers, int numTerms, AtomicReference<Double> sum,
                Done done) {
            super(ctx, done);
            this.workers = workers;
            this.computers = computers;
            this.numTerms = numTerms;
            this.sum = sum;
            this.terms = new double[workers.size()];
        }

        /**
         * {@return the behavior}
         *
         * @param workers the series workers, by series number
         * @param computers the rate computers
         * @param numTerms terms per series
         * @param sum set to the sum of the last terms, in series order
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(List<ActorRef<Worker.Msg>> workers,
                List<ActorRef<Computer.Msg>> computers, int numTerms, AtomicReference<Double> sum,
                Done done) {
            return Behaviors.setup(ctx -> new Master(ctx, workers, computers, numTerms, sum,
                    done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        for (int i = 0; i < numTerms; i++) {
                            for (ActorRef<Worker.Msg> worker : workers) {
                                worker.tell(Worker.NextTerm.INSTANCE);
                            }
                        }
                        ActorRef<Term> self = getContext().getSelf().narrow();
                        for (ActorRef<Worker.Msg> worker : workers) {
                            worker.tell(new Worker.GetTerm(self));
                        }
                        return this;
                    })
                    .onMessage(Term.class, m -> {
                        terms[m.series()] = m.term();
                        if (++received < terms.length) {
                            return this;
                        }
                        double total = 0;
                        for (double term : terms) {
                            total += term;
                        }
                        sum.set(total);
                        for (ActorRef<Computer.Msg> computer : computers) {
                            computer.tell(Computer.Exit.INSTANCE);
                        }
                        for (ActorRef<Worker.Msg> worker : workers) {
                            worker.tell(Worker.Exit.INSTANCE);
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link SeriesWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Computes the next term. */
        public enum NextTerm implements Msg { INSTANCE }

        /**
         * Replies with the current term, once every term asked for earlier is computed.
         *
         * @param replyTo where the reply goes
         */
        public record GetTerm(ActorRef<Master.Term> replyTo) implements Msg {}

        /**
         * The rate computer's reply.
         *
         * @param term the next term
         */
        public record Computed(double term) implements Msg {}

        /** Stops. */
        public enum Exit implements Msg { INSTANCE }

        /** The ask variant's timeout per request: RT's default ask timeout. */
        private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

        private final int id;
        private final ActorRef<Computer.Msg> computer;
        private final boolean byAsk;
        private final ActorRef<Computed> self;
        private double term;
        private boolean waiting;
        private int queued;
        private ActorRef<Master.Term> pendingGet;

        private Worker(ActorContext<Msg> ctx, int id, ActorRef<Computer.Msg> computer,
                double startTerm, boolean byAsk, Done done) {
            super(ctx, done);
            this.id = id;
            this.computer = computer;
            this.byAsk = byAsk;
            this.self = ctx.getSelf().narrow();
            this.term = startTerm;
        }

        /**
         * {@return the behavior}
         *
         * @param id its series' number
         * @param computer its rate computer
         * @param startTerm the first term of its series
         * @param byAsk whether it asks the computer with {@code ActorContext.ask}, rather than
         *     tell it a {@code Compute} with its own reference
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int id, ActorRef<Computer.Msg> computer,
                double startTerm, boolean byAsk, Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, id, computer, startTerm, byAsk, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(NextTerm.class, m -> {
                        if (waiting) {
                            queued++;
                        } else {
                            askNext();
                        }
                        return this;
                    })
                    .onMessage(GetTerm.class, m -> {
                        if (waiting) {
                            pendingGet = m.replyTo();
                        } else {
                            m.replyTo().tell(new Master.Term(id, term));
                        }
                        return this;
                    })
                    .onMessage(Computed.class, m -> {
                        term = m.term();
                        if (queued > 0) {
                            queued--;
                            askNext();
                            return this;
                        }
                        waiting = false;
                        if (pendingGet != null) {
                            pendingGet.tell(new Master.Term(id, term));
                            pendingGet = null;
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> Behaviors.stopped())
                    .build();
        }

        /** Asks the computer for the next term; its reply comes back as {@link Computed}. */
        private void askNext() {
            waiting = true;
            if (byAsk) {
                double current = term;
                getContext().ask(Computed.class, computer, ASK_TIMEOUT,
                        replyTo -> new Computer.Compute(current, replyTo), (reply, failure) -> {
                            if (failure != null) {
                                throw new IllegalStateException("the computer did not answer",
                                        failure);
                            }
                            return reply;
                        });
            } else {
                computer.tell(new Computer.Compute(term, self));
            }
        }
    }

    /** Twin of {@link RateComputer}. */
    public static final class Computer extends PekkoTwin<Computer.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Replies with the term that follows {@code term}.
         *
         * @param term the current term
         * @param replyTo where the reply goes
         */
        public record Compute(double term, ActorRef<Worker.Computed> replyTo) implements Msg {}

        /** Stops. */
        public enum Exit implements Msg { INSTANCE }

        private final double rate;

        private Computer(ActorContext<Msg> ctx, double rate, Done done) {
            super(ctx, done);
            this.rate = rate;
        }

        /**
         * {@return the behavior}
         *
         * @param rate its rate
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(double rate, Done done) {
            return Behaviors.setup(ctx -> new Computer(ctx, rate, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Compute.class, m -> {
                        m.replyTo().tell(new Worker.Computed(RateComputer.nextTerm(m.term(),
                                rate)));
                        return this;
                    })
                    .onMessage(Exit.class, m -> Behaviors.stopped())
                    .build();
        }
    }
}
