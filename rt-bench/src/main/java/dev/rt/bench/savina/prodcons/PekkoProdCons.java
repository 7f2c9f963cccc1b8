package dev.rt.bench.savina.prodcons;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link Manager}, {@link Producer} and {@link Consumer}: the same buffer,
 * messages and work, written as a Pekko user writes them ({@link AbstractBehavior} and a receive
 * builder). Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoProdCons {

    private PekkoProdCons() {}

    /** Twin of {@link Manager}. */
    public static final class ManagerActor extends PekkoTwin<ManagerActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The consumers, all free at first.
         *
         * @param consumers the consumers
         */
        public record Consumers(List<ActorRef<ConsumerActor.Msg>> consumers) implements Msg {}

        /**
         * A producer's item.
         *
         * @param data the item
         * @param producer the producer
         */
        public record DataItem(double data, ActorRef<ProducerActor.Msg> producer)
                implements Msg {}

        /**
         * A consumer is free.
         *
         * @param consumer the consumer
         */
        public record ConsumerAvailable(ActorRef<ConsumerActor.Msg> consumer) implements Msg {}

        /** A producer has made all its items and stopped. */
        public enum ProducerExit implements Msg { INSTANCE }

        private final int adjustedBufferSize;
        private final int numProducers;
        private final AtomicLong delivered;
        private final ArrayDeque<ActorRef<ProducerActor.Msg>> availableProducers =
                new ArrayDeque<>();
        private final ArrayDeque<ActorRef<ConsumerActor.Msg>> availableConsumers =
                new ArrayDeque<>();
        private final ArrayDeque<Double> pendingData = new ArrayDeque<>();
        private List<ActorRef<ConsumerActor.Msg>> consumers;
        private int terminatedProducers;
        private long handedOut;

        private ManagerActor(ActorContext<Msg> ctx, int bufferSize, int numProducers,
                AtomicLong delivered, Done done) {
            super(ctx, done);
            this.adjustedBufferSize = bufferSize - numProducers;
            this.numProducers = numProducers;
            this.delivered = delivered;
        }

        /**
         * {@return the behavior}
         *
         * @param bufferSize the size of the buffer
         * @param numProducers producers that send it items
         * @param delivered set, when it stops, to the number of items it handed to consumers
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int bufferSize, int numProducers, AtomicLong delivered,
                Done done) {
            return Behaviors.setup(ctx ->
                    new ManagerActor(ctx, bufferSize, numProducers, delivered, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Consumers.class, m -> {
                        consumers = m.consumers();
                        availableConsumers.addAll(consumers);
                        return this;
                    })
                    .onMessage(DataItem.class, m -> {
                        if (availableConsumers.isEmpty()) {
                            pendingData.add(m.data());
                        } else {
                            availableConsumers.remove().tell(new ConsumerActor.DataItem(m.data()));
                            handedOut++;
                        }
                        if (pendingData.size() >= adjustedBufferSize) {
                            availableProducers.add(m.producer());
                        } else {
                            m.producer().tell(ProducerActor.ProduceData.INSTANCE);
                        }
                        return this;
                    })
                    .onMessage(ConsumerAvailable.class, m -> {
                        if (pendingData.isEmpty()) {
                            availableConsumers.add(m.consumer());
                            return tryExit();
                        }
                        m.consumer().tell(new ConsumerActor.DataItem(pendingData.remove()));
                        handedOut++;
                        if (!availableProducers.isEmpty()) {
                            availableProducers.remove().tell(ProducerActor.ProduceData.INSTANCE);
                        }
                        return this;
                    })
                    .onMessage(ProducerExit.class, m -> {
                        terminatedProducers++;
                        return tryExit();
                    })
                    .build();
        }

        /** Stops, with the consumers, once all producers are done and all consumers are free. */
        private Behavior<Msg> tryExit() {
            if (terminatedProducers == numProducers
                    && availableConsumers.size() == consumers.size()) {
                delivered.set(handedOut);
                for (ActorRef<ConsumerActor.Msg> consumer : consumers) {
                    consumer.tell(ConsumerActor.Exit.INSTANCE);
                }
                return Behaviors.stopped();
            }
            return this;
        }
    }

    /** Twin of {@link Producer}. */
    public static final class ProducerActor extends PekkoTwin<ProducerActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Makes the next item, or, when all are made, says so to the manager and stops. */
        public enum ProduceData implements Msg { INSTANCE }

        private final ActorRef<ManagerActor.Msg> manager;
        private final int numItems;
        private final int cost;
        private double item;
        private int produced;

        private ProducerActor(ActorContext<Msg> ctx, ActorRef<ManagerActor.Msg> manager,
                int numItems, int cost, Done done) {
            super(ctx, done);
            this.manager = manager;
            this.numItems = numItems;
            this.cost = cost;
        }

        /**
         * {@return the behavior}
         *
         * @param manager where its items go
         * @param numItems items it makes
         * @param cost the work per item
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<ManagerActor.Msg> manager, int numItems,
                int cost, Done done) {
            return Behaviors.setup(ctx -> new ProducerActor(ctx, manager, numItems, cost, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(ProduceData.class, m -> {
                        if (produced == numItems) {
                            manager.tell(ManagerActor.ProducerExit.INSTANCE);
                            return Behaviors.stopped();
                        }
                        item = ProdConsWork.process(item, cost);
                        manager.tell(new ManagerActor.DataItem(item, getContext().getSelf()));
                        produced++;
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Consumer}. */
    public static final class ConsumerActor extends PekkoTwin<ConsumerActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * An item to consume.
         *
         * @param data the item
         */
        public record DataItem(double data) implements Msg {}

        /** Stops. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<ManagerActor.Msg> manager;
        private final int cost;
        private double item;

        private ConsumerActor(ActorContext<Msg> ctx, ActorRef<ManagerActor.Msg> manager, int cost,
                Done done) {
            super(ctx, done);
            this.manager = manager;
            this.cost = cost;
        }

        /**
         * {@return the behavior}
         *
         * @param manager told each time it is free again
         * @param cost the work per item
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<ManagerActor.Msg> manager, int cost,
                Done done) {
            return Behaviors.setup(ctx -> new ConsumerActor(ctx, manager, cost, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(DataItem.class, m -> {
                        item = ProdConsWork.process(item + m.data(), cost);
                        manager.tell(new ManagerActor.ConsumerAvailable(getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Exit.class, m -> Behaviors.stopped())
                    .build();
        }
    }
}
