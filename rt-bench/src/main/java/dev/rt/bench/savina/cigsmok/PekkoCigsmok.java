package dev.rt.bench.savina.cigsmok;

import dev.rt.bench.Done;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PekkoTwin;
import dev.rt.bench.savina.PseudoRandom;
import java.util.concurrent.atomic.LongAdder;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link Arbiter} and {@link Smoker}: the same state, messages and work,
 * written as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoCigsmok {

    private PekkoCigsmok() {}

    /** Twin of {@link Arbiter}. */
    public static final class Table extends PekkoTwin<Table.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the first round. */
        public enum Start implements Msg { INSTANCE }

        /** The chosen smoker took its ingredients: the table is free again. */
        public enum StartedSmoking implements Msg { INSTANCE }

        private final int numRounds;
        private final PseudoRandom random;
        private final ActorRef<Smoke.Msg>[] smokers;
        private int roundsSoFar;

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Table(ActorContext<Msg> ctx, int numRounds, int numSmokers, LongAdder smoked,
                Done done) {
            super(ctx, done);
            this.numRounds = numRounds;
            this.random = new PseudoRandom((long) numRounds * numSmokers);
            this.smokers = new ActorRef[numSmokers];
            for (int i = 0; i < numSmokers; i++) {
                smokers[i] = ctx.spawn(Smoke.create(ctx.getSelf(), smoked, done), "smoker" + i);
            }
        }

        /**
         * {@return the behavior}
         *
         * @param numRounds rounds to play
         * @param numSmokers smokers it spawns, as its children
         * @param smoked handed to each smoker, which adds the cigarettes it smoked
         * @param done counted down when it stops, and by each smoker
         */
        public static Behavior<Msg> create(int numRounds, int numSmokers, LongAdder smoked,
                Done done) {
            return Behaviors.setup(ctx -> new Table(ctx, numRounds, numSmokers, smoked, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        notifyRandomSmoker();
                        return this;
                    })
                    .onMessage(StartedSmoking.class, m -> {
                        if (++roundsSoFar >= numRounds) {
                            for (ActorRef<Smoke.Msg> smoker : smokers) {
                                smoker.tell(Smoke.Exit.INSTANCE);
                            }
                            return Behaviors.stopped();
                        }
                        notifyRandomSmoker();
                        return this;
                    })
                    .build();
        }

        /** Puts a random smoker's ingredients on the table, for a random smoking time. */
        private void notifyRandomSmoker() {
            int smoker = Math.abs(random.nextInt()) % smokers.length;
            int busyWaitPeriod = random.nextInt(1000) + 10;
            smokers[smoker].tell(new Smoke.StartSmoking(busyWaitPeriod));
        }
    }

    /** Twin of {@link Smoker}. */
    public static final class Smoke extends AbstractBehavior<Smoke.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Its ingredients are on the table: it takes them and smokes.
         *
         * @param busyWaitPeriod how long it smokes, in busy-wait steps
         */
        public record StartSmoking(int busyWaitPeriod) implements Msg {}

        /** The game is over. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<Table.Msg> arbiter;
        private final LongAdder smoked;
        private final Done done;
        private int cigarettes;

        private Smoke(ActorContext<Msg> ctx, ActorRef<Table.Msg> arbiter, LongAdder smoked,
                Done done) {
            super(ctx);
            this.arbiter = arbiter;
            this.smoked = smoked;
            this.done = done;
        }

        /**
         * {@return the behavior}
         *
         * @param arbiter puts the ingredients on the table
         * @param smoked gets the cigarettes it smoked, when it stops
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Table.Msg> arbiter, LongAdder smoked,
                Done done) {
            return Behaviors.setup(ctx -> new Smoke(ctx, arbiter, smoked, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(StartSmoking.class, m -> {
                        cigarettes++;
                        arbiter.tell(Table.StartedSmoking.INSTANCE);
                        BusyWait.spin(m.busyWaitPeriod());
                        return this;
                    })
                    .onMessage(Exit.class, m -> Behaviors.stopped())
                    .onSignal(PostStop.class, s -> {
                        smoked.add(cigarettes);
                        done.countDown();
                        return this;
                    })
                    .build();
        }
    }
}
