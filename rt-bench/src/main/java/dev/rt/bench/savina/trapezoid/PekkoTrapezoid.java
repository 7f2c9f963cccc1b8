package dev.rt.bench.savina.trapezoid;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.function.DoubleConsumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link Master} and {@link Worker}: the same state, messages and work, written
 * as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoTrapezoid {

    private PekkoTrapezoid() {}

    /** Twin of {@link Master}. */
    public static final class Boss extends PekkoTwin<Boss.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Integrates {@code [l, r]} with trapezoids of width {@code h}.
         *
         * @param l the left end
         * @param r the right end
         * @param h the width of one trapezoid
         */
        public record Work(double l, double r, double h) implements Msg {}

        /**
         * A worker's area.
         *
         * @param result the area of its slice
         * @param workerId the worker
         */
        public record Result(double result, int workerId) implements Msg {}

        private final ActorRef<Hand.Msg>[] workers;
        private final DoubleConsumer area;
        private int numTermsReceived;
        private double resultArea;

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Boss(ActorContext<Msg> ctx, int numWorkers, DoubleConsumer area, Done done) {
            super(ctx, done);
            this.area = area;
            this.workers = new ActorRef[numWorkers];
            for (int i = 0; i < numWorkers; i++) {
                workers[i] = ctx.spawn(Hand.create(ctx.getSelf(), i, done), "worker" + i);
            }
        }

        /**
         * {@return the behavior}
         *
         * @param numWorkers workers it spawns, as its children
         * @param area told the whole area, once every worker has answered
         * @param done counted down when it stops, and by each worker
         */
        public static Behavior<Msg> create(int numWorkers, DoubleConsumer area, Done done) {
            return Behaviors.setup(ctx -> new Boss(ctx, numWorkers, area, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        double workerRange = (m.r() - m.l()) / workers.length;
                        for (int i = 0; i < workers.length; i++) {
                            double wl = (workerRange * i) + m.l();
                            workers[i].tell(new Hand.Work(wl, wl + workerRange, m.h()));
                        }
                        return this;
                    })
                    .onMessage(Result.class, m -> {
                        numTermsReceived++;
                        resultArea += m.result();
                        if (numTermsReceived == workers.length) {
                            area.accept(resultArea);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Worker}. */
    public static final class Hand extends PekkoTwin<Hand.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Integrates {@code [l, r]}, sends the area to the master, and stops.
         *
         * @param l the left end
         * @param r the right end
         * @param h the width of one trapezoid
         */
        public record Work(double l, double r, double h) implements Msg {}

        private final ActorRef<Boss.Msg> master;
        private final int id;

        private Hand(ActorContext<Msg> ctx, ActorRef<Boss.Msg> master, int id, Done done) {
            super(ctx, done);
            this.master = master;
            this.id = id;
        }

        /**
         * {@return the behavior}
         *
         * @param master gets the area
         * @param id its number
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Boss.Msg> master, int id, Done done) {
            return Behaviors.setup(ctx -> new Hand(ctx, master, id, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        master.tell(new Boss.Result(Trapezoid.area(m.l(), m.r(), m.h()), id));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }
}
