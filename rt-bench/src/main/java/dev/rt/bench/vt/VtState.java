package dev.rt.bench.vt;

import dev.rt.bench.Done;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The virtual-thread twin of {@link dev.rt.bench.RtState}: an executor of one virtual thread per
 * task and a {@link VtDriver} on it, for benchmarks whose work starts actors; the driver starts
 * them on its own executor, from its own thread. Every thread it makes reports a handler's
 * exception here, and {@link #run} throws it once the operation is over, so that a failed check
 * fails the benchmark as in RT and Pekko.
 */
@State(Scope.Benchmark)
public class VtState {

    /** Runs the driver; closed, with everything on it, in {@link #stop}. */
    public ExecutorService executor;
    /** The parent of the actors that the work starts. */
    public VtDriver driver;
    /** The end of each operation. */
    public final Done done = new Done();
    /** The first exception of an actor since the last operation began. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** Creates the state; JMH calls {@link #start}. */
    public VtState() {}

    /** Starts the executor and the driver. */
    @Setup(Level.Trial)
    public void start() {
        ThreadFactory threads = Thread.ofVirtual()
                .uncaughtExceptionHandler((thread, e) -> failure.compareAndSet(null, e))
                .factory();
        executor = Executors.newThreadPerTaskExecutor(threads);
        driver = VtActor.start(executor, new VtDriver(threads, () -> { }));
    }

    /** Stops the driver, which stops its children, and waits until every thread has ended. */
    @TearDown(Level.Trial)
    public void stop() {
        driver.tell(VtDriver.Msg.Stop.INSTANCE);
        executor.close();
    }

    /**
     * Runs {@code body} on the driver and waits until {@code parts} parts of the work are done.
     *
     * @param parts how many {@link Done#countDown} calls end the work
     * @param body the work; it runs on the driver's thread and starts actors on the executor it
     *     is given ({@link VtActor#start})
     * @throws IllegalStateException if an actor threw while the work ran
     */
    public void run(int parts, Consumer<Executor> body) {
        failure.set(null);
        done.arm(parts);
        driver.tell(new VtDriver.Msg.Run(body));
        done.await();
        Throwable e = failure.get();
        if (e != null) {
            throw new IllegalStateException("an actor failed: " + e, e);
        }
    }
}
