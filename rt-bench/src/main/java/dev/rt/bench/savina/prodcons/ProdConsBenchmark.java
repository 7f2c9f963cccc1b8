package dev.rt.bench.savina.prodcons;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Producer-Consumer with bounded buffer (Imam and Sarkar, "Savina - An Actor Benchmark
 * Suite", AGERE 2014), RT against Pekko, with Savina's defaults ({@code
 * ProdConsBoundedBufferConfig}): a buffer of 50, 40 producers, 40 consumers, 1,000 items per
 * producer, and a cost of 25 for producing and for consuming an item (Savina's {@code
 * processItem}: 2,500 logarithms of pseudo-random numbers).
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the manager, the consumers and the
 * producers, tells the manager its consumers and asks every producer for its first item: Savina's
 * manager does the same from its start, with actors spawned at the top level. Producers stop
 * after their last item, the manager once every producer has stopped and every consumer is free,
 * telling the consumers to stop. One operation ends when every actor has stopped ({@code
 * postStop}, Pekko: {@code PostStop}); the number of items the manager handed to consumers is
 * then checked against producers times items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProdConsBenchmark {

    /** The size of the buffer. */
    @Param({"50"})
    public int prodConsBuffer;
    /** Producers. */
    @Param({"40"})
    public int prodConsProducers;
    /** Consumers. */
    @Param({"40"})
    public int prodConsConsumers;
    /** Items per producer. */
    @Param({"1000"})
    public int prodConsItems;
    /** The work per item produced. */
    @Param({"25"})
    public int prodConsProdCost;
    /** The work per item consumed. */
    @Param({"25"})
    public int prodConsConsCost;

    private final AtomicLong delivered = new AtomicLong();

    /** Creates the benchmark; JMH instantiates it. */
    public ProdConsBenchmark() {}

    /**
     * RT: Producer-Consumer.
     *
     * @param s the system
     */
    @Benchmark
    public void prodConsRt(RtState s) {
        int buffer = prodConsBuffer;
        int p = prodConsProducers;
        int c = prodConsConsumers;
        int items = prodConsItems;
        int prodCost = prodConsProdCost;
        int consCost = prodConsConsCost;
        delivered.set(-1);
        s.run(1 + p + c, ctx -> {
            ManagerHandle manager = ManagerHandle.spawn(ctx, s.name("manager"),
                    () -> new Manager(buffer, p, delivered, s.done));
            List<ConsumerHandle> consumers = new ArrayList<>(c);
            for (int i = 0; i < c; i++) {
                consumers.add(ConsumerHandle.spawn(ctx, s.name("consumer"),
                        () -> new Consumer(manager, consCost, s.done)));
            }
            manager.consumers(List.copyOf(consumers));
            List<ProducerHandle> producers = new ArrayList<>(p);
            for (int i = 0; i < p; i++) {
                producers.add(ProducerHandle.spawn(ctx, s.name("producer"),
                        () -> new Producer(manager, items, prodCost, s.done)));
            }
            for (ProducerHandle producer : producers) {
                producer.produceData();
            }
        });
        check();
    }

    /**
     * Pekko: Producer-Consumer.
     *
     * @param s the system
     */
    @Benchmark
    public void prodConsPekko(PekkoState s) {
        int buffer = prodConsBuffer;
        int p = prodConsProducers;
        int c = prodConsConsumers;
        int items = prodConsItems;
        int prodCost = prodConsProdCost;
        int consCost = prodConsConsCost;
        delivered.set(-1);
        s.run(1 + p + c, ctx -> {
            var manager = ctx.spawn(PekkoProdCons.ManagerActor.create(buffer, p, delivered,
                    s.done), s.name("manager"));
            List<ActorRef<PekkoProdCons.ConsumerActor.Msg>> consumers = new ArrayList<>(c);
            for (int i = 0; i < c; i++) {
                consumers.add(ctx.spawn(PekkoProdCons.ConsumerActor.create(manager, consCost,
                        s.done), s.name("consumer")));
            }
            manager.tell(new PekkoProdCons.ManagerActor.Consumers(List.copyOf(consumers)));
            List<ActorRef<PekkoProdCons.ProducerActor.Msg>> producers = new ArrayList<>(p);
            for (int i = 0; i < p; i++) {
                producers.add(ctx.spawn(PekkoProdCons.ProducerActor.create(manager, items,
                        prodCost, s.done), s.name("producer")));
            }
            for (var producer : producers) {
                producer.tell(PekkoProdCons.ProducerActor.ProduceData.INSTANCE);
            }
        });
        check();
    }

    /** Fails the operation unless every item made reached a consumer. */
    private void check() {
        long expected = (long) prodConsProducers * prodConsItems;
        if (delivered.get() != expected) {
            throw new IllegalStateException("Producer-Consumer: expected " + expected
                    + " items handed to consumers, the manager handed " + delivered.get());
        }
    }
}
