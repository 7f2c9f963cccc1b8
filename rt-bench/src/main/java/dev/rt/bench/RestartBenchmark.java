package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.annotation.Strategy;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Restart latency: the benchmark thread tells a supervised actor to fail, then asks it a
 * request; the time until the reply, which the restarted incarnation sends. So each operation is
 * one failure, one restart and one ask round trip (compare {@code RequestReplyBenchmark.ask} for
 * the round trip alone). RT: a {@code ONE_FOR_ONE} supervisor, its intensity raised so that it
 * never gives up (at most {@code Integer.MAX_VALUE} restarts per millisecond); Pekko: {@code
 * Behaviors.supervise(...).onFailure(SupervisorStrategy.restart())}, which has no limit by
 * default. Both log each failure through SLF4J, which has no binding here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestartBenchmark {

    /** Creates the benchmark; JMH instantiates it. */
    public RestartBenchmark() {}

    /** RT: a supervisor with one fragile child. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        FragileHandle fragile;

        /** Creates the state. */
        public Rt() {}

        /** Starts the system and the supervisor. */
        @Setup(Level.Trial)
        public void setUp() {
            system = ActorSystem.create("restart");
            Supervisor supervisor = Supervisor.start(system, "supervisor",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .intensity(Integer.MAX_VALUE, Duration.ofMillis(1))
                            .child(FragileHandle.childSpec("fragile", siblings -> new Fragile()))
                            .build());
            fragile = FragileHandle.of(supervisor.child("fragile"));
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko: a supervised fragile actor. */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Fragile.Msg> fragile;

        /** Creates the state. */
        public Pk() {}

        /** Starts the system and the supervised actor. */
        @Setup(Level.Trial)
        public void setUp() {
            system = Pekko.start("restart");
            fragile = Pekko.spawn(system, PekkoActors.Fragile.create(), "fragile");
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            Pekko.stop(system);
        }
    }

    /**
     * RT: fail, restart, answer.
     *
     * @param s the supervised actor
     * @return the reply: 1, from a fresh incarnation
     */
    @Benchmark
    public int restartRt(Rt s) {
        s.fragile.crash();
        return s.fragile.ping().toCompletableFuture().join();
    }

    /**
     * Pekko: fail, restart, answer.
     *
     * @param s the supervised actor
     * @return the reply: 1, from a fresh incarnation
     */
    @Benchmark
    public int restartPekko(Pk s) {
        s.fragile.tell(PekkoActors.Fragile.Crash.INSTANCE);
        return Pekko.<PekkoActors.Fragile.Msg, Integer>ask(s.fragile,
                PekkoActors.Fragile.Ping::new, s.system);
    }
}
