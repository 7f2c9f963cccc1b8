package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.Topic;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Publish-subscribe fan-out: the benchmark thread publishes 1,000 messages on a topic with 100
 * subscribers and waits until every subscriber has received all of them (publishes per second;
 * each publish is 100 deliveries). RT: {@link ActorSystem#topic}, which tells the subscribers
 * from the publishing thread. Pekko: its typed {@code pubsub.Topic} actor, which does the same
 * from the topic actor's thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PubSubBenchmark {

    static final int SUBSCRIBERS = 100;
    static final int PUBLISHES = 1_000;

    /** Creates the benchmark; JMH instantiates it. */
    public PubSubBenchmark() {}

    /** RT's topic and subscribers. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        Topic<Tally.Msg.Hit> topic;
        final Done done = new Done();

        /** Creates the state. */
        public Rt() {}

        /** Starts the system, the subscribers and the topic. */
        @Setup(Level.Trial)
        public void setUp() {
            system = ActorSystem.create("pub-sub");
            topic = system.topic("ticks", Tally.Msg.Hit.class);
            for (int i = 0; i < SUBSCRIBERS; i++) {
                topic.subscribe(TallyHandle.spawn(system, "subscriber-" + i,
                        () -> new Tally(PUBLISHES, done)).ref());
            }
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko's topic and subscribers. */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<org.apache.pekko.actor.typed.pubsub.Topic.Command<PekkoActors.Tally.Msg>> topic;
        final Done done = new Done();

        /** Creates the state. */
        public Pk() {}

        /**
         * Starts the system, the subscribers and the topic, and waits until the topic knows all
         * subscribers (Pekko registers them through its receptionist, asynchronously).
         *
         * @throws InterruptedException if interrupted
         */
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            system = Pekko.start("pub-sub");
            topic = Pekko.spawn(system, org.apache.pekko.actor.typed.pubsub.Topic.create(
                    PekkoActors.Tally.Msg.class, "ticks"), "ticks");
            for (int i = 0; i < SUBSCRIBERS; i++) {
                ActorRef<PekkoActors.Tally.Msg> subscriber = Pekko.spawn(system,
                        PekkoActors.Tally.create(PUBLISHES, done), "subscriber-" + i);
                topic.tell(org.apache.pekko.actor.typed.pubsub.Topic.subscribe(subscriber));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Pekko.<org.apache.pekko.actor.typed.pubsub.Topic.Command<PekkoActors.Tally.Msg>,
                    org.apache.pekko.actor.typed.pubsub.Topic.TopicStats>ask(topic,
                            org.apache.pekko.actor.typed.pubsub.Topic::getTopicStats, system)
                    .localSubscriberCount() < SUBSCRIBERS) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Pekko's topic did not see all subscribers");
                }
                Thread.sleep(10);
            }
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            Pekko.stop(system);
        }
    }

    /**
     * RT: publish and wait for every delivery.
     *
     * @param s the topic
     */
    @Benchmark
    @OperationsPerInvocation(PUBLISHES)
    public void fanOutRt(Rt s) {
        s.done.arm(SUBSCRIBERS);
        Topic<Tally.Msg.Hit> topic = s.topic;
        for (int i = 0; i < PUBLISHES; i++) {
            topic.publish(new Tally.Msg.Hit());
        }
        s.done.await();
    }

    /**
     * Pekko: publish and wait for every delivery.
     *
     * @param s the topic
     */
    @Benchmark
    @OperationsPerInvocation(PUBLISHES)
    public void fanOutPekko(Pk s) {
        s.done.arm(SUBSCRIBERS);
        var topic = s.topic;
        for (int i = 0; i < PUBLISHES; i++) {
            topic.tell(org.apache.pekko.actor.typed.pubsub.Topic.publish(
                    PekkoActors.Tally.Hit.INSTANCE));
        }
        s.done.await();
    }
}
