package dev.rt.bench.latency;

import org.HdrHistogram.Histogram;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of the latency actors: the same state, the same messages and the same work,
 * written as a Pekko user writes them (Java API, {@link AbstractBehavior} with a receive builder).
 */
public final class PekkoLatency {

    private PekkoLatency() {}

    /** Twin of {@link dev.rt.bench.latency.Bouncer}. */
    public static final class Bouncer extends AbstractBehavior<Bouncer.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The ball.
         *
         * @param from the partner, where the ball goes back
         * @param value the result of the partner's work, the input of this one's
         */
        public record Ball(ActorRef<Msg> from, double value) implements Msg {}

        /**
         * Asks for the number of balls handled so far.
         *
         * @param replyTo where the count goes
         */
        public record Count(ActorRef<Long> replyTo) implements Msg {}

        /** Stops bouncing: the ball is dropped when it next comes, which ends the pair's load. */
        public enum Halt implements Msg { INSTANCE }

        private final int workUnits;
        private long balls;
        private boolean halted;

        private Bouncer(ActorContext<Msg> context, int workUnits) {
            super(context);
            this.workUnits = workUnits;
        }

        /**
         * {@return the behavior}
         *
         * @param workUnits the steps of {@link dev.rt.bench.latency.Bouncer#work} per ball
         */
        public static Behavior<Msg> create(int workUnits) {
            return Behaviors.setup(ctx -> new Bouncer(ctx, workUnits));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Ball.class, m -> {
                        if (halted) {
                            return this;
                        }
                        balls++;
                        m.from().tell(new Ball(getContext().getSelf(),
                                dev.rt.bench.latency.Bouncer.work(m.value(), workUnits)));
                        return this;
                    })
                    .onMessage(Count.class, m -> {
                        m.replyTo().tell(balls);
                        return this;
                    })
                    .onMessage(Halt.class, m -> {
                        halted = true;
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.latency.Probe}. */
    public static final class Probe extends AbstractBehavior<Probe.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * An ask.
         *
         * @param replyTo where the number of pings so far goes
         */
        public record Ping(ActorRef<Long> replyTo) implements Msg {}

        /**
         * A tell whose latency is recorded when it is handled.
         *
         * @param sentAt the {@link System#nanoTime} it counts from
         */
        public record Stamp(long sentAt) implements Msg {}

        /**
         * Asks for the latencies of the stamps handled since the last drain, and forgets them.
         *
         * @param replyTo where the histogram goes
         */
        public record Drain(ActorRef<Histogram> replyTo) implements Msg {}

        private final Histogram stamps = new Histogram(3);
        private long pings;

        private Probe(ActorContext<Msg> context) {
            super(context);
        }

        /** {@return the behavior} */
        public static Behavior<Msg> create() {
            return Behaviors.setup(Probe::new);
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Ping.class, m -> {
                        m.replyTo().tell(++pings);
                        return this;
                    })
                    .onMessage(Stamp.class, m -> {
                        stamps.recordValue(System.nanoTime() - m.sentAt());
                        return this;
                    })
                    .onMessage(Drain.class, m -> {
                        Histogram copy = stamps.copy();
                        stamps.reset();
                        m.replyTo().tell(copy);
                        return this;
                    })
                    .build();
        }
    }
}
