package dev.rt.bench.savina;

import dev.rt.bench.Done;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;

import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of the Savina actors in this package: the same state, messages and work,
 * written as a Pekko user writes them ({@link AbstractBehavior} and a receive builder). Each one
 * counts {@link Done} down on {@link PostStop}, as the RT actor does in {@code postStop}.
 */
public final class PekkoSavina {

    private PekkoSavina() {}


    /** Twin of {@link PpPing}. */
    public static final class Ping extends PekkoTwin<Ping.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the run. */
        public enum Start implements Msg { INSTANCE }

        /** Sends the next ping. */
        public enum PingMsg implements Msg { INSTANCE }

        /**
         * The pong.
         *
         * @param sender the ponging actor
         */
        public record SendPong(ActorRef<Pong.Msg> sender) implements Msg {}

        private final ActorRef<Pong.Msg> pong;
        private int pingsLeft;

        private Ping(ActorContext<Msg> ctx, int count, ActorRef<Pong.Msg> pong, Done done) {
            super(ctx, done);
            this.pingsLeft = count;
            this.pong = pong;
        }

        /**
         * {@return the behavior}
         *
         * @param count pings to send
         * @param pong its partner
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int count, ActorRef<Pong.Msg> pong, Done done) {
            return Behaviors.setup(ctx -> new Ping(ctx, count, pong, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        pong.tell(new Pong.SendPing(getContext().getSelf()));
                        pingsLeft--;
                        return this;
                    })
                    .onMessage(PingMsg.class, m -> {
                        pong.tell(new Pong.SendPing(getContext().getSelf()));
                        pingsLeft--;
                        return this;
                    })
                    .onMessage(SendPong.class, m -> {
                        if (pingsLeft > 0) {
                            getContext().getSelf().tell(PingMsg.INSTANCE);
                            return this;
                        }
                        pong.tell(Pong.Finish.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link PpPong}. */
    public static final class Pong extends PekkoTwin<Pong.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A ping.
         *
         * @param sender where the pong goes
         */
        public record SendPing(ActorRef<Ping.Msg> sender) implements Msg {}

        /** The end of the run. */
        public enum Finish implements Msg { INSTANCE }

        private int pongCount;

        private Pong(ActorContext<Msg> ctx, Done done) {
            super(ctx, done);
        }

        /**
         * {@return the behavior}
         *
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(Done done) {
            return Behaviors.setup(ctx -> new Pong(ctx, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(SendPing.class, m -> {
                        m.sender().tell(new Ping.SendPong(getContext().getSelf()));
                        pongCount++;
                        return this;
                    })
                    .onMessage(Finish.class, m -> Behaviors.stopped())
                    .build();
        }
    }

    /** Twin of {@link CountProducer}. */
    public static final class Producer extends PekkoTwin<Producer.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Starts the run. */
        public enum Increment implements Msg { INSTANCE }

        /**
         * The counter's total.
         *
         * @param result the total
         */
        public record Result(int result) implements Msg {}

        private final int n;
        private final ActorRef<Counter.Msg> counter;

        private Producer(ActorContext<Msg> ctx, int n, ActorRef<Counter.Msg> counter, Done done) {
            super(ctx, done);
            this.n = n;
            this.counter = counter;
        }

        /**
         * {@return the behavior}
         *
         * @param n increments to send
         * @param counter the counter
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int n, ActorRef<Counter.Msg> counter, Done done) {
            return Behaviors.setup(ctx -> new Producer(ctx, n, counter, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Increment.class, m -> {
                        for (int i = 0; i < n; i++) {
                            counter.tell(Counter.Increment.INSTANCE);
                        }
                        counter.tell(new Counter.Retrieve(getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Result.class, m -> {
                        if (m.result() != n) {
                            throw new IllegalStateException("expected " + n + ", counted "
                                    + m.result());
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link CountCounter}. */
    public static final class Counter extends PekkoTwin<Counter.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Adds one. */
        public enum Increment implements Msg { INSTANCE }

        /**
         * Sends the total, then stops.
         *
         * @param sender where the total goes
         */
        public record Retrieve(ActorRef<Producer.Msg> sender) implements Msg {}

        private int count;

        private Counter(ActorContext<Msg> ctx, Done done) {
            super(ctx, done);
        }

        /**
         * {@return the behavior}
         *
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(Done done) {
            return Behaviors.setup(ctx -> new Counter(ctx, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Increment.class, m -> {
                        count++;
                        return this;
                    })
                    .onMessage(Retrieve.class, m -> {
                        m.sender().tell(new Producer.Result(count));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link RingNode}. */
    public static final class Ring extends PekkoTwin<Ring.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Sets the next actor.
         *
         * @param next the next actor
         */
        public record Data(ActorRef<Msg> next) implements Msg {}

        /**
         * The token.
         *
         * @param pingsLeft hops left
         */
        public record PingMsg(int pingsLeft) implements Msg {}

        /**
         * Stops the ring.
         *
         * @param exitsLeft actors left to stop
         */
        public record Exit(int exitsLeft) implements Msg {}

        private final int ringSize;
        private ActorRef<Msg> next;

        private Ring(ActorContext<Msg> ctx, int ringSize, Done done) {
            super(ctx, done);
            this.ringSize = ringSize;
        }

        /**
         * {@return the behavior}
         *
         * @param ringSize actors in the ring
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int ringSize, Done done) {
            return Behaviors.setup(ctx -> new Ring(ctx, ringSize, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Data.class, m -> {
                        next = m.next();
                        return this;
                    })
                    .onMessage(PingMsg.class, m -> {
                        if (m.pingsLeft() > 0) {
                            next.tell(new PingMsg(m.pingsLeft() - 1));
                        } else {
                            next.tell(new Exit(ringSize));
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        if (m.exitsLeft() > 0) {
                            next.tell(new Exit(m.exitsLeft() - 1));
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link FjtWorker}. */
    public static final class FjtWork extends PekkoTwin<FjtWork.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** One unit of work. */
        public enum Work implements Msg { INSTANCE }

        private final int total;
        private int processed;

        private FjtWork(ActorContext<Msg> ctx, int total, Done done) {
            super(ctx, done);
            this.total = total;
        }

        /**
         * {@return the behavior}
         *
         * @param total messages it handles before it stops
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int total, Done done) {
            return Behaviors.setup(ctx -> new FjtWork(ctx, total, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        processed++;
                        Savina.compute(37.2);
                        return processed == total ? Behaviors.stopped() : this;
                    })
                    .build();
        }
    }

    /** Twin of {@link FjcWorker}. */
    public static final class FjcWork extends PekkoTwin<FjcWork.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** The one unit of work. */
        public enum Work implements Msg { INSTANCE }

        private FjcWork(ActorContext<Msg> ctx, Done done) {
            super(ctx, done);
        }

        /**
         * {@return the behavior}
         *
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(Done done) {
            return Behaviors.setup(ctx -> new FjcWork(ctx, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        Savina.compute(37.2);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link ChamMall}. */
    public static final class Mall extends PekkoTwin<Mall.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A chameneo wants to meet another.
         *
         * @param color its colour
         * @param sender the chameneo
         */
        public record Meet(Savina.Color color, ActorRef<Cham.Msg> sender) implements Msg {}

        /**
         * A chameneo has left.
         *
         * @param count its meetings
         * @param sender the chameneo
         */
        public record MeetingCount(int count, ActorRef<Cham.Msg> sender) implements Msg {}

        private final int numChameneos;
        private int meetingsLeft;
        private ActorRef<Cham.Msg> waiting;
        private int sumMeetings;
        private int numFaded;

        private Mall(ActorContext<Msg> ctx, int meetings, int numChameneos, Done done) {
            super(ctx, done);
            this.meetingsLeft = meetings;
            this.numChameneos = numChameneos;
        }

        /**
         * {@return the behavior}
         *
         * @param meetings meetings to host
         * @param numChameneos chameneos that come
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int meetings, int numChameneos, Done done) {
            return Behaviors.setup(ctx -> new Mall(ctx, meetings, numChameneos, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(MeetingCount.class, m -> {
                        numFaded++;
                        sumMeetings += m.count();
                        return numFaded == numChameneos ? Behaviors.stopped() : this;
                    })
                    .onMessage(Meet.class, m -> {
                        if (meetingsLeft > 0) {
                            if (waiting == null) {
                                waiting = m.sender();
                            } else {
                                meetingsLeft--;
                                waiting.tell(new Cham.Meet(m.color(), m.sender()));
                                waiting = null;
                            }
                        } else {
                            m.sender().tell(new Cham.Exit(getContext().getSelf()));
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Chameneo}. */
    public static final class Cham extends PekkoTwin<Cham.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The mall pairs it with another chameneo.
         *
         * @param color the other's colour
         * @param sender the other
         */
        public record Meet(Savina.Color color, ActorRef<Msg> sender) implements Msg {}

        /**
         * The other chameneo's answer.
         *
         * @param color the new colour
         * @param sender the other
         */
        public record Change(Savina.Color color, ActorRef<Msg> sender) implements Msg {}

        /**
         * The mall is closing.
         *
         * @param sender the mall
         */
        public record Exit(ActorRef<Mall.Msg> sender) implements Msg {}

        private final ActorRef<Mall.Msg> mall;
        private Savina.Color color;
        private int meetings;

        private Cham(ActorContext<Msg> ctx, ActorRef<Mall.Msg> mall, Savina.Color color,
                Done done) {
            super(ctx, done);
            this.mall = mall;
            this.color = color;
            mall.tell(new Mall.Meet(color, ctx.getSelf()));
        }

        /**
         * {@return the behavior}
         *
         * @param mall the mall
         * @param color its first colour
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Mall.Msg> mall, Savina.Color color,
                Done done) {
            return Behaviors.setup(ctx -> new Cham(ctx, mall, color, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Meet.class, m -> {
                        color = color.complement(m.color());
                        meetings++;
                        m.sender().tell(new Change(color, getContext().getSelf()));
                        mall.tell(new Mall.Meet(color, getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Change.class, m -> {
                        color = m.color();
                        meetings++;
                        mall.tell(new Mall.Meet(color, getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        color = Savina.Color.FADED;
                        m.sender().tell(new Mall.MeetingCount(meetings, getContext().getSelf()));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link BigActor}. */
    public static final class Big extends PekkoTwin<Big.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * All actors, by id.
         *
         * @param neighbors the actors
         */
        public record Neighbors(List<ActorRef<Msg>> neighbors) implements Msg {}

        /**
         * A ping.
         *
         * @param sender the id of the pinging actor
         */
        public record PingMsg(int sender) implements Msg {}

        /**
         * A pong.
         *
         * @param sender the id of the ponging actor
         */
        public record PongMsg(int sender) implements Msg {}

        /** Stops. */
        public enum Exit implements Msg { INSTANCE }

        private final int id;
        private final int numMessages;
        private final ActorRef<BigSinkActor.Msg> sink;
        private final Savina.Random random;
        private int numPings;
        private int expPinger = -1;
        private List<ActorRef<Msg>> neighbors;

        private Big(ActorContext<Msg> ctx, int id, int numMessages,
                ActorRef<BigSinkActor.Msg> sink, Done done) {
            super(ctx, done);
            this.id = id;
            this.numMessages = numMessages;
            this.sink = sink;
            this.random = new Savina.Random(id);
        }

        /**
         * {@return the behavior}
         *
         * @param id its id
         * @param numMessages pings it sends
         * @param sink told when it is done
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int id, int numMessages,
                ActorRef<BigSinkActor.Msg> sink, Done done) {
            return Behaviors.setup(ctx -> new Big(ctx, id, numMessages, sink, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Neighbors.class, m -> {
                        neighbors = m.neighbors();
                        return this;
                    })
                    .onMessage(PingMsg.class, m -> {
                        neighbors.get(m.sender()).tell(new PongMsg(id));
                        return this;
                    })
                    .onMessage(PongMsg.class, m -> {
                        if (m.sender() != expPinger) {
                            throw new IllegalStateException("expected a pong from " + expPinger
                                    + ", got one from " + m.sender());
                        }
                        if (numPings == numMessages) {
                            sink.tell(BigSinkActor.Exit.INSTANCE);
                        } else {
                            int target = random.nextInt(neighbors.size());
                            expPinger = target;
                            neighbors.get(target).tell(new PingMsg(id));
                            numPings++;
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> Behaviors.stopped())
                    .build();
        }
    }

    /** Twin of {@link BigSink}. */
    public static final class BigSinkActor extends PekkoTwin<BigSinkActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * All actors.
         *
         * @param neighbors the actors
         */
        public record Neighbors(List<ActorRef<Big.Msg>> neighbors) implements Msg {}

        /** One actor is done. */
        public enum Exit implements Msg { INSTANCE }

        private final int numWorkers;
        private int numMessages;
        private List<ActorRef<Big.Msg>> neighbors;

        private BigSinkActor(ActorContext<Msg> ctx, int numWorkers, Done done) {
            super(ctx, done);
            this.numWorkers = numWorkers;
        }

        /**
         * {@return the behavior}
         *
         * @param numWorkers actors to wait for
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int numWorkers, Done done) {
            return Behaviors.setup(ctx -> new BigSinkActor(ctx, numWorkers, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Neighbors.class, m -> {
                        neighbors = m.neighbors();
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        if (++numMessages == numWorkers) {
                            for (ActorRef<Big.Msg> worker : neighbors) {
                                worker.tell(Big.Exit.INSTANCE);
                            }
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }
}
