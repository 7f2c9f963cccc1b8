package dev.rt.bench.pekko;

import dev.rt.bench.Done;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of the RT behaviors in {@code dev.rt.bench}: the same state, the same messages
 * and the same work, written as a Pekko user writes them (Java API, {@link AbstractBehavior} with
 * a receive builder, or {@link Behaviors} for the trivial ones).
 */
public final class PekkoActors {

    private PekkoActors() {}

    /** Twin of {@link dev.rt.bench.Sink}: counts hits, tells the count. */
    public static final class Sink extends AbstractBehavior<Sink.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** One unit of work. */
        public enum Hit implements Msg { INSTANCE }

        /**
         * Asks for the count.
         *
         * @param replyTo where the count goes
         */
        public record Count(ActorRef<Long> replyTo) implements Msg {}

        private long hits;

        private Sink(ActorContext<Msg> context) {
            super(context);
        }

        /** {@return the behavior} */
        public static Behavior<Msg> create() {
            return Behaviors.setup(Sink::new);
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Hit.class, m -> {
                        hits++;
                        return this;
                    })
                    .onMessage(Count.class, m -> {
                        m.replyTo().tell(hits);
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Tally}. */
    public static final class Tally extends AbstractBehavior<Tally.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** One unit of work. */
        public enum Hit implements Msg { INSTANCE }

        private final long target;
        private final Done done;
        private long hits;

        private Tally(ActorContext<Msg> context, long target, Done done) {
            super(context);
            this.target = target;
            this.done = done;
        }

        /**
         * {@return the behavior}
         *
         * @param target hits per operation
         * @param done counted down once per {@code target} hits
         */
        public static Behavior<Msg> create(long target, Done done) {
            return Behaviors.setup(ctx -> new Tally(ctx, target, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Hit.class, m -> {
                        if (++hits == target) {
                            hits = 0;
                            done.countDown();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Blaster}. */
    public static final class Blaster extends AbstractBehavior<Blaster.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Sends hits to the target.
         *
         * @param hits how many
         */
        public record Go(int hits) implements Msg {}

        private final ActorRef<Tally.Msg> target;

        private Blaster(ActorContext<Msg> context, ActorRef<Tally.Msg> target) {
            super(context);
            this.target = target;
        }

        /**
         * {@return the behavior}
         *
         * @param target where the hits go
         */
        public static Behavior<Msg> create(ActorRef<Tally.Msg> target) {
            return Behaviors.setup(ctx -> new Blaster(ctx, target));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Go.class, m -> {
                        for (int i = m.hits(); i > 0; i--) {
                            target.tell(Tally.Hit.INSTANCE);
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Pinger}. */
    public static final class Pinger extends AbstractBehavior<Pinger.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Starts a run of round trips.
         *
         * @param exchanges how many
         */
        public record Start(int exchanges) implements Msg {}

        /** The answer to a ping. */
        public enum Pong implements Msg { INSTANCE }

        private final ActorRef<Ponger.Msg> ponger;
        private final Done done;
        private int left;

        private Pinger(ActorContext<Msg> context, ActorRef<Ponger.Msg> ponger, Done done) {
            super(context);
            this.ponger = ponger;
            this.done = done;
        }

        /**
         * {@return the behavior}
         *
         * @param ponger its partner
         * @param done counted down when a run ends
         */
        public static Behavior<Msg> create(ActorRef<Ponger.Msg> ponger, Done done) {
            return Behaviors.setup(ctx -> new Pinger(ctx, ponger, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Start.class, m -> {
                        left = m.exchanges();
                        ponger.tell(new Ponger.Ping(getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Pong.class, m -> {
                        if (--left > 0) {
                            ponger.tell(new Ponger.Ping(getContext().getSelf()));
                        } else {
                            done.countDown();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Ponger}. */
    public static final class Ponger extends AbstractBehavior<Ponger.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A ping.
         *
         * @param from where the pong goes
         */
        public record Ping(ActorRef<Pinger.Msg> from) implements Msg {}

        private Ponger(ActorContext<Msg> context) {
            super(context);
        }

        /** {@return the behavior} */
        public static Behavior<Msg> create() {
            return Behaviors.setup(Ponger::new);
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Ping.class, m -> {
                        m.from().tell(Pinger.Pong.INSTANCE);
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Driver}: runs benchmark code with its context. */
    public static final class Driver extends AbstractBehavior<Driver.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Runs {@code body} with the driver's context.
         *
         * @param body the code
         */
        public record Run(Consumer<ActorContext<Msg>> body) implements Msg {}

        private final Runnable onStop;

        private Driver(ActorContext<Msg> context, Runnable onStop) {
            super(context);
            this.onStop = onStop;
        }

        /**
         * {@return the behavior}
         *
         * @param onStop runs on {@link PostStop}, after all of the driver's children stopped
         */
        public static Behavior<Msg> create(Runnable onStop) {
            return Behaviors.setup(ctx -> new Driver(ctx, onStop));
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Run.class, m -> {
                        m.body().accept(getContext());
                        return this;
                    })
                    .onSignal(PostStop.class, s -> {
                        onStop.run();
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Child}. */
    public static final class Child {
        /** The protocol: it is never sent anything. */
        public sealed interface Msg {}

        /** Unused. */
        public enum Poke implements Msg { INSTANCE }

        private Child() {}

        /**
         * {@return the behavior}
         *
         * @param done counted down once started, or once stopped if {@code stopAtOnce}
         * @param stopAtOnce whether to stop as soon as it has started
         */
        public static Behavior<Msg> create(Done done, boolean stopAtOnce) {
            return Behaviors.setup(ctx -> {
                if (stopAtOnce) {
                    return Behaviors.stopped(done::countDown);
                }
                done.countDown();
                return Behaviors.ignore();
            });
        }
    }

    /** Twin of {@link dev.rt.bench.Fragile}. */
    public static final class Fragile extends AbstractBehavior<Fragile.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Fails the actor. */
        public enum Crash implements Msg { INSTANCE }

        /**
         * Asks for the number of pings this incarnation has handled.
         *
         * @param replyTo where the answer goes
         */
        public record Ping(ActorRef<Integer> replyTo) implements Msg {}

        private int pings;

        private Fragile(ActorContext<Msg> context) {
            super(context);
        }

        /**
         * {@return the behavior, restarted on failure: Pekko's {@code SupervisorStrategy.restart()},
         * which has no limit on restarts}
         */
        public static Behavior<Msg> create() {
            return Behaviors.supervise(Behaviors.setup(Fragile::new))
                    .onFailure(IllegalStateException.class, SupervisorStrategy.restart());
        }

        @Override
        public Receive<Msg> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Crash.class, m -> {
                        throw new IllegalStateException("crash requested by the benchmark");
                    })
                    .onMessage(Ping.class, m -> {
                        m.replyTo().tell(++pings);
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link dev.rt.bench.Idle}. */
    public static final class Idle {
        /** The protocol. */
        public sealed interface Msg {}

        /** The one message of the messaged shape. */
        public enum Poke implements Msg { INSTANCE }

        /** Counted down by every idle actor once it has started; set before they are spawned. */
        public static volatile CountDownLatch started = new CountDownLatch(0);
        /** Whether each actor sends itself one {@link Poke} when it starts. */
        public static volatile boolean pokeSelf;

        /** One behavior value, spawned as many times as needed, as Pekko users do. */
        public static final Behavior<Msg> BEHAVIOR = Behaviors.setup(ctx -> {
            if (pokeSelf) {
                ctx.getSelf().tell(Poke.INSTANCE);
            } else {
                started.countDown();
            }
            return Behaviors.receiveMessage(m -> {
                started.countDown();
                return Behaviors.same();
            });
        });

        private Idle() {}
    }
}
