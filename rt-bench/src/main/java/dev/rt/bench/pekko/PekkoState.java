package dev.rt.bench.pekko;

import dev.rt.bench.Done;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The Pekko twin of {@link dev.rt.bench.RtState}: a system ({@link Pekko#start}) and a driver. */
@State(Scope.Benchmark)
public class PekkoState {

    /** The system. */
    public ActorSystem<SpawnProtocol.Command> system;
    /** The parent of the actors that the work spawns. */
    public ActorRef<PekkoActors.Driver.Msg> driver;
    /** The end of each operation. */
    public final Done done = new Done();
    /** Makes names unique; used on the driver's thread only. */
    private long names;

    /** Creates the state; JMH calls {@link #start}. */
    public PekkoState() {}

    /** Starts the system and the driver. */
    @Setup(Level.Trial)
    public void start() {
        system = Pekko.start("bench");
        driver = Pekko.spawn(system, PekkoActors.Driver.create(() -> { }), "driver");
    }

    /** Terminates the system. */
    @TearDown(Level.Trial)
    public void stop() {
        Pekko.stop(system);
    }

    /**
     * Runs {@code body} on the driver and waits until {@code parts} parts of the work are done.
     *
     * @param parts how many {@link Done#countDown} calls end the work
     * @param body the work; it runs on the driver's thread, with its context
     */
    public void run(int parts, Consumer<ActorContext<PekkoActors.Driver.Msg>> body) {
        done.arm(parts);
        driver.tell(new PekkoActors.Driver.Run(body));
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
