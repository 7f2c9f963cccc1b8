package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;
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
 * Registry lookup + send: the benchmark thread looks a named actor up and tells it one message,
 * 1,000 times, then waits for the actor to have handled them (lookups + sends per second). RT:
 * {@code system.registry().lookup(name, protocol)}, a typed map lookup on the calling thread.
 * Pekko: its registry, the {@link Receptionist}, asked with {@code Receptionist.find}: an actor,
 * so every lookup is an ask round trip.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RegistryBenchmark {

    static final int LOOKUPS = 1_000;
    static final ServiceKey<PekkoActors.Sink.Msg> KEY =
            ServiceKey.create(PekkoActors.Sink.Msg.class, "sink");

    /** Creates the benchmark; JMH instantiates it. */
    public RegistryBenchmark() {}

    /** RT: a registered sink. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        SinkHandle sink;

        /** Creates the state. */
        public Rt() {}

        /** Starts the system and registers the sink. */
        @Setup(Level.Trial)
        public void setUp() {
            system = ActorSystem.create("registry");
            sink = SinkHandle.spawn(system, "sink", Sink::new);
            system.registry().register("sink", sink.ref());
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko: a sink registered with the receptionist. */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Sink.Msg> sink;

        /** Creates the state. */
        public Pk() {}

        /**
         * Starts the system, registers the sink and waits until the registration is visible.
         *
         * @throws InterruptedException if interrupted
         */
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            system = Pekko.start("registry");
            sink = Pekko.spawn(system, PekkoActors.Sink.create(), "sink");
            system.receptionist().tell(Receptionist.register(KEY, sink));
            while (lookUp(this) == null) {
                Thread.sleep(10);
            }
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            Pekko.stop(system);
        }
    }

    private static ActorRef<PekkoActors.Sink.Msg> lookUp(Pk s) {
        Receptionist.Listing listing = Pekko.<Receptionist.Command, Receptionist.Listing>ask(
                s.system.receptionist(), replyTo -> Receptionist.find(KEY, replyTo), s.system);
        var found = listing.getServiceInstances(KEY);
        return found.isEmpty() ? null : found.iterator().next();
    }

    /**
     * RT: look up, send; then wait for the sink.
     *
     * @param s the system
     * @return the sink's count
     */
    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public long lookupSendRt(Rt s) {
        for (int i = 0; i < LOOKUPS; i++) {
            s.system.registry().lookup("sink", Sink.Msg.class).map(SinkHandle::of)
                    .orElseThrow().hit();
        }
        return s.sink.count().toCompletableFuture().join();
    }

    /**
     * Pekko: look up, send; then wait for the sink.
     *
     * @param s the system
     * @return the sink's count
     */
    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public long lookupSendPekko(Pk s) {
        for (int i = 0; i < LOOKUPS; i++) {
            lookUp(s).tell(PekkoActors.Sink.Hit.INSTANCE);
        }
        return Pekko.<PekkoActors.Sink.Msg, Long>ask(s.sink, PekkoActors.Sink.Count::new,
                s.system);
    }
}
