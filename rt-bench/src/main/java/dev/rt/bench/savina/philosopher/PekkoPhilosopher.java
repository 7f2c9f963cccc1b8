package dev.rt.bench.savina.philosopher;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.function.LongConsumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link Philosopher} and {@link Arbitrator}: the same state, messages and
 * work, written as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoPhilosopher {

    private PekkoPhilosopher() {}

    /** Twin of {@link Philosopher}. */
    public static final class Diner extends PekkoTwin<Diner.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Gets hungry: asks for the forks. */
        public enum Start implements Msg { INSTANCE }

        /** The forks are taken: asks again. */
        public enum Denied implements Msg { INSTANCE }

        /** Has both forks: eats one round. */
        public enum Eat implements Msg { INSTANCE }

        private final int id;
        private final int rounds;
        private final ActorRef<Arbiter.Msg> arbitrator;
        private int roundsSoFar;

        private Diner(ActorContext<Msg> ctx, int id, int rounds, ActorRef<Arbiter.Msg> arbitrator,
                Done done) {
            super(ctx, done);
            this.id = id;
            this.rounds = rounds;
            this.arbitrator = arbitrator;
        }

        /**
         * {@return the behavior}
         *
         * @param id its seat: it eats with forks {@code id} and {@code id + 1}
         * @param rounds rounds it eats before it leaves
         * @param arbitrator hands out the forks
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int id, int rounds, ActorRef<Arbiter.Msg> arbitrator,
                Done done) {
            return Behaviors.setup(ctx -> new Diner(ctx, id, rounds, arbitrator, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        arbitrator.tell(new Arbiter.Hungry(getContext().getSelf(), id));
                        return this;
                    })
                    .onMessage(Denied.class, m -> {
                        arbitrator.tell(new Arbiter.Hungry(getContext().getSelf(), id));
                        return this;
                    })
                    .onMessage(Eat.class, m -> {
                        roundsSoFar++;
                        arbitrator.tell(new Arbiter.DoneEating(id));
                        if (roundsSoFar < rounds) {
                            getContext().getSelf().tell(Start.INSTANCE);
                            return this;
                        }
                        arbitrator.tell(Arbiter.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Arbitrator}. */
    public static final class Arbiter extends PekkoTwin<Arbiter.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A philosopher wants its two forks.
         *
         * @param philosopher who asks
         * @param id its seat
         */
        public record Hungry(ActorRef<Diner.Msg> philosopher, int id) implements Msg {}

        /**
         * A philosopher has eaten and puts its forks back.
         *
         * @param id its seat
         */
        public record DoneEating(int id) implements Msg {}

        /** A philosopher has left the table. */
        public enum Exit implements Msg { INSTANCE }

        private final boolean[] forks;
        private final LongConsumer meals;
        private long mealsServed;
        private int numExited;

        private Arbiter(ActorContext<Msg> ctx, int numPhilosophers, LongConsumer meals, Done done) {
            super(ctx, done);
            this.forks = new boolean[numPhilosophers];
            this.meals = meals;
        }

        /**
         * {@return the behavior}
         *
         * @param numPhilosophers philosophers at the table, as many as forks
         * @param meals told how many meals were eaten, once every philosopher has left
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int numPhilosophers, LongConsumer meals, Done done) {
            return Behaviors.setup(ctx -> new Arbiter(ctx, numPhilosophers, meals, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Hungry.class, m -> {
                        int left = m.id();
                        int right = (m.id() + 1) % forks.length;
                        if (forks[left] || forks[right]) {
                            m.philosopher().tell(Diner.Denied.INSTANCE);
                        } else {
                            forks[left] = true;
                            forks[right] = true;
                            m.philosopher().tell(Diner.Eat.INSTANCE);
                        }
                        return this;
                    })
                    .onMessage(DoneEating.class, m -> {
                        forks[m.id()] = false;
                        forks[(m.id() + 1) % forks.length] = false;
                        mealsServed++;
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        if (++numExited == forks.length) {
                            meals.accept(mealsServed);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }
}
