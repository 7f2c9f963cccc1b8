package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scaling: the same total work, {@code total} messages told by the benchmark thread, spread
 * round-robin over {@code actors} actors; the time until every actor has handled its share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    /** How many actors share the work. */
    @Param({"1", "10", "1000", "100000"})
    public int actors;

    /** Messages per operation, in all; a multiple of {@link #actors}. */
    @Param({"1000000"})
    public int total;

    /** Creates the benchmark; JMH instantiates it. */
    public ScalingBenchmark() {}

    /** RT's actors. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        TallyHandle[] tallies;
        final Done done = new Done();

        /** Creates the state. */
        public Rt() {}

        /**
         * Starts the system and the actors.
         *
         * @param b the parameters
         */
        @Setup(Level.Trial)
        public void setUp(ScalingBenchmark b) {
            system = ActorSystem.create("scaling");
            tallies = new TallyHandle[b.actors];
            long share = b.total / b.actors;
            for (int i = 0; i < b.actors; i++) {
                tallies[i] = TallyHandle.spawn(system, "t" + i, () -> new Tally(share, done));
            }
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko's actors, spawned by a parent actor (Pekko spawns top-level actors by ask). */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Tally.Msg>[] tallies;
        final Done done = new Done();

        /** Creates the state. */
        public Pk() {}

        /**
         * Starts the system and the actors.
         *
         * @param b the parameters
         */
        @Setup(Level.Trial)
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void setUp(ScalingBenchmark b) {
            system = Pekko.start("scaling");
            ActorRef<PekkoActors.Tally.Msg>[] refs = new ActorRef[b.actors];
            long share = b.total / b.actors;
            var parent = Pekko.spawn(system, PekkoActors.Driver.create(() -> { }), "parent");
            Done spawned = new Done();
            spawned.arm(1);
            parent.tell(new PekkoActors.Driver.Run(ctx -> {
                for (int i = 0; i < refs.length; i++) {
                    refs[i] = ctx.spawn(PekkoActors.Tally.create(share, done), "t" + i);
                }
                spawned.countDown();
            }));
            spawned.await();
            tallies = refs;
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            Pekko.stop(system);
        }
    }

    /**
     * RT: tell {@code total} messages round-robin and wait for all.
     *
     * @param s the actors
     */
    @Benchmark
    public void spreadRt(Rt s) {
        TallyHandle[] tallies = s.tallies;
        s.done.arm(tallies.length);
        for (int round = total / tallies.length; round > 0; round--) {
            for (TallyHandle t : tallies) {
                t.hit();
            }
        }
        s.done.await();
    }

    /**
     * Pekko: tell {@code total} messages round-robin and wait for all.
     *
     * @param s the actors
     */
    @Benchmark
    public void spreadPekko(Pk s) {
        ActorRef<PekkoActors.Tally.Msg>[] tallies = s.tallies;
        s.done.arm(tallies.length);
        for (int round = total / tallies.length; round > 0; round--) {
            for (ActorRef<PekkoActors.Tally.Msg> t : tallies) {
                t.tell(PekkoActors.Tally.Hit.INSTANCE);
            }
        }
        s.done.await();
    }
}
