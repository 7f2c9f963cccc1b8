package dev.rt.bench.savina.prodcons;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Savina Producer-Consumer: the manager of the bounded buffer. It hands each item to a free
 * consumer or keeps it; a producer is asked for its next item at once while fewer than {@code
 * bufferSize - numProducers} items are kept (Savina's adjusted buffer size), else once a consumer
 * has taken one. When every producer has finished and every consumer is free, it tells the
 * consumers to stop and stops.
 */
@ActorBehavior
public final class Manager implements Actor<Manager.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The consumers, all free at first.
         *
         * @param consumers the consumers
         */
        record Consumers(List<ConsumerHandle> consumers) implements Msg {}

        /**
         * A producer's item.
         *
         * @param data the item
         * @param producer the producer
         */
        record DataItem(double data, ProducerHandle producer) implements Msg {}

        /**
         * A consumer is free.
         *
         * @param consumer the consumer
         */
        record ConsumerAvailable(ConsumerHandle consumer) implements Msg {}

        /** A producer has made all its items and stopped. */
        record ProducerExit() implements Msg {}
    }

    private final int adjustedBufferSize;
    private final int numProducers;
    private final AtomicLong delivered;
    private final Done done;
    private final ArrayDeque<ProducerHandle> availableProducers = new ArrayDeque<>();
    private final ArrayDeque<ConsumerHandle> availableConsumers = new ArrayDeque<>();
    private final ArrayDeque<Double> pendingData = new ArrayDeque<>();
    private List<ConsumerHandle> consumers;
    private int terminatedProducers;
    private long handedOut;

    /**
     * Creates the manager.
     *
     * @param bufferSize the size of the buffer
     * @param numProducers producers that send it items
     * @param delivered set, when it stops, to the number of items it handed to consumers
     * @param done counted down when it stops
     */
    public Manager(int bufferSize, int numProducers, AtomicLong delivered, Done done) {
        this.adjustedBufferSize = bufferSize - numProducers;
        this.numProducers = numProducers;
        this.delivered = delivered;
        this.done = done;
    }

    void on(Msg.Consumers m) {
        consumers = m.consumers();
        availableConsumers.addAll(consumers);
    }

    void on(Msg.DataItem m) {
        if (availableConsumers.isEmpty()) {
            pendingData.add(m.data());
        } else {
            availableConsumers.remove().dataItem(m.data());
            handedOut++;
        }
        if (pendingData.size() >= adjustedBufferSize) {
            availableProducers.add(m.producer());
        } else {
            m.producer().produceData();
        }
    }

    void on(Msg.ConsumerAvailable m, ActorContext<Msg> context) {
        if (pendingData.isEmpty()) {
            availableConsumers.add(m.consumer());
            tryExit(context);
        } else {
            m.consumer().dataItem(pendingData.remove());
            handedOut++;
            if (!availableProducers.isEmpty()) {
                availableProducers.remove().produceData();
            }
        }
    }

    void on(Msg.ProducerExit m, ActorContext<Msg> context) {
        terminatedProducers++;
        tryExit(context);
    }

    /** Stops, with the consumers, once every producer has finished and every consumer is free. */
    private void tryExit(ActorContext<Msg> context) {
        if (terminatedProducers == numProducers
                && availableConsumers.size() == consumers.size()) {
            delivered.set(handedOut);
            for (ConsumerHandle consumer : consumers) {
                consumer.exit();
            }
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
