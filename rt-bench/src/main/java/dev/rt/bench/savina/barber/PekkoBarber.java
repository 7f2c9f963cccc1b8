package dev.rt.bench.savina.barber;

import dev.rt.bench.Done;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PekkoTwin;
import dev.rt.bench.savina.PseudoRandom;
import java.util.ArrayDeque;
import java.util.function.IntConsumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link WaitingRoom}, {@link Barber}, {@link CustomerFactory} and {@link
 * Customer}: the same state, messages and work, written as a Pekko user writes them. Each counts
 * {@link Done} down on {@link PostStop}.
 */
public final class PekkoBarber {

    private PekkoBarber() {}

    /** Twin of {@link WaitingRoom}. */
    public static final class Room extends PekkoTwin<Room.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A customer comes in.
         *
         * @param customer the customer
         */
        public record Enter(ActorRef<Client.Msg> customer) implements Msg {}

        /** The barber is free for the next customer. */
        public enum Next implements Msg { INSTANCE }

        /** The shop closes. */
        public enum Exit implements Msg { INSTANCE }

        private final int capacity;
        private final ActorRef<Cutter.Msg> barber;
        private final ArrayDeque<ActorRef<Client.Msg>> waiting = new ArrayDeque<>();
        private boolean barberAsleep = true;

        private Room(ActorContext<Msg> ctx, int capacity, ActorRef<Cutter.Msg> barber, Done done) {
            super(ctx, done);
            this.capacity = capacity;
            this.barber = barber;
        }

        /**
         * {@return the behavior}
         *
         * @param capacity its seats
         * @param barber the barber
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int capacity, ActorRef<Cutter.Msg> barber, Done done) {
            return Behaviors.setup(ctx -> new Room(ctx, capacity, barber, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Enter.class, m -> {
                        if (waiting.size() == capacity) {
                            m.customer().tell(Client.Full.INSTANCE);
                        } else {
                            waiting.addLast(m.customer());
                            if (barberAsleep) {
                                barberAsleep = false;
                                getContext().getSelf().tell(Next.INSTANCE);
                            } else {
                                m.customer().tell(Client.Seated.INSTANCE);
                            }
                        }
                        return this;
                    })
                    .onMessage(Next.class, m -> {
                        ActorRef<Client.Msg> customer = waiting.pollFirst();
                        if (customer != null) {
                            barber.tell(new Cutter.Enter(customer, getContext().getSelf()));
                        } else {
                            barber.tell(Cutter.Sleep.INSTANCE);
                            barberAsleep = true;
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        barber.tell(Cutter.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Barber}. */
    public static final class Cutter extends PekkoTwin<Cutter.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The next customer sits down.
         *
         * @param customer the customer
         * @param room where to ask for the next one
         */
        public record Enter(ActorRef<Client.Msg> customer, ActorRef<Room.Msg> room)
                implements Msg {}

        /** No customer is waiting: it sleeps. */
        public enum Sleep implements Msg { INSTANCE }

        /** The shop closes. */
        public enum Exit implements Msg { INSTANCE }

        private final int haircutRate;
        private final IntConsumer haircuts;
        private final PseudoRandom random = new PseudoRandom(PseudoRandom.DEFAULT_SEED);
        private int haircutsDone;

        private Cutter(ActorContext<Msg> ctx, int haircutRate, IntConsumer haircuts, Done done) {
            super(ctx, done);
            this.haircutRate = haircutRate;
            this.haircuts = haircuts;
        }

        /**
         * {@return the behavior}
         *
         * @param haircutRate the average busy wait of one haircut
         * @param haircuts told how many haircuts it gave, when the shop closes
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int haircutRate, IntConsumer haircuts, Done done) {
            return Behaviors.setup(ctx -> new Cutter(ctx, haircutRate, haircuts, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Enter.class, m -> {
                        m.customer().tell(Client.Start.INSTANCE);
                        BusyWait.spin(random.nextInt(haircutRate) + 10);
                        haircutsDone++;
                        m.customer().tell(Client.Finish.INSTANCE);
                        m.room().tell(Room.Next.INSTANCE);
                        return this;
                    })
                    .onMessage(Sleep.class, m -> this)
                    .onMessage(Exit.class, m -> {
                        haircuts.accept(haircutsDone);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link CustomerFactory}. */
    public static final class Factory extends PekkoTwin<Factory.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Makes every customer. */
        public enum Start implements Msg { INSTANCE }

        /**
         * A customer found the waiting room full.
         *
         * @param customer the customer
         */
        public record Returned(ActorRef<Client.Msg> customer) implements Msg {}

        /** A customer has had its haircut. */
        public enum Served implements Msg { INSTANCE }

        private final int haircuts;
        private final int productionRate;
        private final ActorRef<Room.Msg> room;
        private final PseudoRandom random = new PseudoRandom(PseudoRandom.DEFAULT_SEED);
        private int served;

        private Factory(ActorContext<Msg> ctx, int haircuts, int productionRate,
                ActorRef<Room.Msg> room, Done done) {
            super(ctx, done);
            this.haircuts = haircuts;
            this.productionRate = productionRate;
            this.room = room;
        }

        /**
         * {@return the behavior}
         *
         * @param haircuts customers to make, one haircut each
         * @param productionRate the average busy wait between two customers
         * @param room where the customers go
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int haircuts, int productionRate,
                ActorRef<Room.Msg> room, Done done) {
            return Behaviors.setup(ctx -> new Factory(ctx, haircuts, productionRate, room, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        for (int i = 0; i < haircuts; i++) {
                            ActorRef<Client.Msg> customer = getContext().spawn(
                                    Client.create(getContext().getSelf(), done), "customer" + i);
                            room.tell(new Room.Enter(customer));
                            BusyWait.spin(random.nextInt(productionRate) + 10);
                        }
                        return this;
                    })
                    .onMessage(Returned.class, m -> {
                        room.tell(new Room.Enter(m.customer()));
                        return this;
                    })
                    .onMessage(Served.class, m -> {
                        if (++served == haircuts) {
                            room.tell(Room.Exit.INSTANCE);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Customer}. */
    public static final class Client extends PekkoTwin<Client.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** The waiting room is full. */
        public enum Full implements Msg { INSTANCE }

        /** It has a seat in the waiting room. */
        public enum Seated implements Msg { INSTANCE }

        /** The barber starts its haircut. */
        public enum Start implements Msg { INSTANCE }

        /** Its haircut is done. */
        public enum Finish implements Msg { INSTANCE }

        private final ActorRef<Factory.Msg> factory;

        private Client(ActorContext<Msg> ctx, ActorRef<Factory.Msg> factory, Done done) {
            super(ctx, done);
            this.factory = factory;
        }

        /**
         * {@return the behavior}
         *
         * @param factory sent it, and is told when it is served or turned away
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Factory.Msg> factory, Done done) {
            return Behaviors.setup(ctx -> new Client(ctx, factory, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Full.class, m -> {
                        factory.tell(new Factory.Returned(getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Seated.class, m -> this)
                    .onMessage(Start.class, m -> this)
                    .onMessage(Finish.class, m -> {
                        factory.tell(Factory.Served.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }
}
