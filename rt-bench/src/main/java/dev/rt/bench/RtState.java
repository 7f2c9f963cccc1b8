package dev.rt.bench;

import dev.rt.ActorContext;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An RT system with the default configuration and a {@link Driver}, for benchmarks whose work
 * spawns actors: the driver spawns them from its own thread, as Pekko's twin ({@link
 * dev.rt.bench.pekko.PekkoState}) does.
 */
@State(Scope.Benchmark)
public class RtState {

    /** The system. */
    public ActorSystem system;
    /** The parent of the actors that the work spawns. */
    public DriverHandle driver;
    /** The end of each operation. */
    public final Done done = new Done();
    /** Makes names unique; used on the driver's thread only. */
    private long names;

    /** Creates the state; JMH calls {@link #start}. */
    public RtState() {}

    /**
     * Starts the system and the driver. The system has the default configuration unless the
     * JVM has {@code rt.*} system properties (see docs/runtime.md), which the suite never sets:
     * they are for experiments, such as {@code -jvmArgsAppend -Drt.blocked-threshold=4ms}.
     */
    @Setup(Level.Trial)
    public void start() {
        system = ActorSystem.create("bench", ActorSystemConfig.fromSystemProperties());
        driver = DriverHandle.spawn(system, "driver", Driver::new);
    }

    /** Closes the system. */
    @TearDown(Level.Trial)
    public void stop() {
        system.close();
    }

    /**
     * Runs {@code body} on the driver and waits until {@code parts} parts of the work are done.
     *
     * @param parts how many {@link Done#countDown} calls end the work
     * @param body the work; it runs on the driver's thread, with its context
     */
    public void run(int parts, Consumer<ActorContext<Driver.Msg>> body) {
        done.arm(parts);
        driver.run(body);
        done.await();
    }

    /**
     * A fresh actor name; call it from the driver's thread only.
     *
     * @param prefix the start of the name
     * @return {@code prefix} and a number never used before in this state
     */
    public String name(String prefix) {
        return prefix + names++;
    }
}
