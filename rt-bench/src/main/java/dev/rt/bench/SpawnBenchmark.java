package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.bench.vt.VtActor;
import dev.rt.bench.vt.VtChild;
import dev.rt.bench.vt.VtDriver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
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
 * Spawning: the time for a parent actor to spawn {@code batch} children until every child has
 * started (its {@code preStart}, or Pekko's {@code Behaviors.setup}, has run; with virtual
 * threads, the child's thread has begun running its body); and spawn + stop, until every child
 * has started, stopped itself and run its {@code postStop} (with virtual threads: the child's body
 * has ended, the last thing its thread does). All three spawn from inside an actor (the parent),
 * RT and Pekko with a name per child; a virtual thread gets no name (a Java user names none), and
 * the parent starts it on an executor of its own, which keeps the set of its live threads ({@link
 * VtDriver}). Once a parent has 10,000 children or more, it is stopped with them and replaced,
 * outside the measurement (after every operation of a 10,000 batch), so that the faster runtime
 * does not pay for more live actors on the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpawnBenchmark {

    /** How many children a parent may have spawned before it is replaced. */
    static final long REPLACE_PARENT_AT = 10_000;

    /** Children per operation: one actor, or a batch. */
    @Param({"1", "10000"})
    public int batch;

    /** Creates the benchmark; JMH instantiates it. */
    public SpawnBenchmark() {}

    /**
     * What the three runtimes' states share: a fresh parent per iteration, replaced once it has
     * {@link #REPLACE_PARENT_AT} children or more, and the latch that each operation waits on.
     * JMH runs the helper methods of this superclass for each subclass.
     */
    public abstract static class Parents {
        final Done done = new Done();
        /** The next child's number, for the runtimes that name their children. */
        long names;
        private CountDownLatch parentStopped;
        private long children;
        private int parents;

        /** Creates the state. */
        protected Parents() {}

        /**
         * Starts a parent.
         *
         * @param name its name, for the runtimes that name their actors
         * @param onStop run once the parent has stopped, with its children
         */
        abstract void startParent(String name, Runnable onStop);

        /** Asks the current parent to stop, with its children. */
        abstract void stopParentAsync();

        /**
         * Replaces the parent once it has {@link #REPLACE_PARENT_AT} children or more.
         *
         * @param b the parameters
         * @throws InterruptedException if interrupted
         */
        @TearDown(Level.Invocation)
        public void afterOperation(SpawnBenchmark b) throws InterruptedException {
            children += b.batch;
            if (children >= REPLACE_PARENT_AT) {
                stopParent();
                newParent();
            }
        }

        /** Starts a fresh parent. */
        @Setup(Level.Iteration)
        public void newParent() {
            CountDownLatch stopped = new CountDownLatch(1);
            parentStopped = stopped;
            children = 0;
            startParent("parent-" + parents++, stopped::countDown);
        }

        /**
         * Stops the parent and its children, and waits for it.
         *
         * @throws InterruptedException if interrupted
         */
        @TearDown(Level.Iteration)
        public void stopParent() throws InterruptedException {
            stopParentAsync();
            if (!parentStopped.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the parent did not stop in 60 s");
            }
        }
    }

    /** RT: the system, and a fresh parent per iteration. */
    @State(Scope.Benchmark)
    public static class Rt extends Parents {
        ActorSystem system;
        DriverHandle parent;

        /** Creates the state. */
        public Rt() {}

        /** Starts the system. */
        @Setup(Level.Trial)
        public void start() {
            system = ActorSystem.create("spawn");
        }

        @Override
        void startParent(String name, Runnable onStop) {
            parent = DriverHandle.spawn(system, name, () -> new Driver(onStop));
        }

        @Override
        void stopParentAsync() {
            parent.stop();
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void stop() {
            system.close();
        }
    }

    /** Pekko: the system, and a fresh parent per iteration. */
    @State(Scope.Benchmark)
    public static class Pk extends Parents {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Driver.Msg> parent;

        /** Creates the state. */
        public Pk() {}

        /** Starts the system. */
        @Setup(Level.Trial)
        public void start() {
            system = Pekko.start("spawn");
        }

        @Override
        void startParent(String name, Runnable onStop) {
            parent = Pekko.spawn(system, PekkoActors.Driver.create(onStop), name);
        }

        @Override
        void stopParentAsync() {
            parent.tell(new PekkoActors.Driver.Run(ctx -> ctx.stop(ctx.getSelf())));
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void stop() {
            Pekko.stop(system);
        }
    }

    /** Virtual threads: the parents' executor, and a fresh parent per iteration. */
    @State(Scope.Benchmark)
    public static class Vt extends Parents {
        ExecutorService executor;
        VtDriver parent;

        /** Creates the state. */
        public Vt() {}

        /** Starts the executor of the parents. */
        @Setup(Level.Trial)
        public void start() {
            executor = Executors.newVirtualThreadPerTaskExecutor();
        }

        @Override
        void startParent(String name, Runnable onStop) { // a virtual thread gets no name
            parent = VtActor.start(executor, new VtDriver(Thread.ofVirtual().factory(), onStop));
        }

        @Override
        void stopParentAsync() {
            parent.tell(VtDriver.Msg.Stop.INSTANCE);
        }

        /** Waits until every parent's thread has ended. */
        @TearDown(Level.Trial)
        public void stop() {
            executor.close();
        }
    }

    @Benchmark
    public void spawnRt(Rt s) {
        spawnRt(s, false);
    }

    /**
     * Pekko: spawn {@code batch} children and wait until all have started.
     *
     * @param s the system and the parent
     */
    @Benchmark
    public void spawnPekko(Pk s) {
        spawnPekko(s, false);
    }

    /**
     * Virtual threads: start {@code batch} children and wait until all have started.
     *
     * @param s the executor and the parent
     */
    @Benchmark
    public void spawnVt(Vt s) {
        spawnVt(s, false);
    }

    /**
     * RT: spawn {@code batch} children that stop at once, and wait until all have stopped.
     *
     * @param s the system and the parent
     */
    @Benchmark
    public void spawnStopRt(Rt s) {
        spawnRt(s, true);
    }

    /**
     * Pekko: spawn {@code batch} children that stop at once, and wait until all have stopped.
     *
     * @param s the system and the parent
     */
    @Benchmark
    public void spawnStopPekko(Pk s) {
        spawnPekko(s, true);
    }

    /**
     * Virtual threads: start {@code batch} children that stop at once, and wait until all have
     * stopped.
     *
     * @param s the executor and the parent
     */
    @Benchmark
    public void spawnStopVt(Vt s) {
        spawnVt(s, true);
    }

    private void spawnRt(Rt s, boolean stop) {
        int n = batch;
        Done done = s.done;
        done.arm(n);
        Supplier<Child> factory = () -> new Child(done, stop);
        s.parent.run(ctx -> {
            for (int i = 0; i < n; i++) {
                ChildHandle.spawn(ctx, "c" + s.names++, factory);
            }
        });
        done.await();
    }

    private void spawnPekko(Pk s, boolean stop) {
        int n = batch;
        Done done = s.done;
        done.arm(n);
        Behavior<PekkoActors.Child.Msg> behavior = PekkoActors.Child.create(done, stop);
        s.parent.tell(new PekkoActors.Driver.Run(ctx -> {
            for (int i = 0; i < n; i++) {
                ctx.spawn(behavior, "c" + s.names++);
            }
        }));
        done.await();
    }

    private void spawnVt(Vt s, boolean stop) {
        int n = batch;
        Done done = s.done;
        done.arm(n);
        s.parent.tell(new VtDriver.Msg.Run(children -> {
            for (int i = 0; i < n; i++) {
                VtActor.start(children, new VtChild(done, stop));
            }
        }));
        done.await();
    }
}
