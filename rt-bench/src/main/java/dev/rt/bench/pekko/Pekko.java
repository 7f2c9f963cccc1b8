package dev.rt.bench.pekko;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.RecipientRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.japi.function.Function;

/**
 * Starts and stops the Pekko twins' actor system, the way a Pekko user would.
 *
 * <p>Configuration: Pekko's defaults (from its {@code reference.conf}), with one change. Pekko's
 * default dispatcher is a fork-join pool of {@code max(8, cores)} threads ({@code
 * parallelism-min = 8}); RT's default pool has one thread per core. So that both runtimes run on
 * the same number of threads, the default dispatcher's parallelism is pinned to the number of
 * cores. Everything else, such as the dispatcher's throughput of 5 messages per turn (RT: 32) and
 * the unbounded mailbox, is Pekko's default.
 */
public final class Pekko {

    /** The timeout of the asks that set benchmarks up, and of the ask benchmarks. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Pekko() {}

    /** {@return the only change to Pekko's defaults, as configuration text} */
    public static String configChange() {
        int cores = Runtime.getRuntime().availableProcessors();
        return "pekko.actor.default-dispatcher.fork-join-executor.parallelism-min = " + cores
                + "\npekko.actor.default-dispatcher.fork-join-executor.parallelism-max = "
                + cores + "\n";
    }

    /**
     * Starts a system whose guardian is Pekko's {@link SpawnProtocol}, so that the benchmark
     * thread can spawn top-level actors.
     *
     * @param name the system's name
     * @return the running system
     */
    public static ActorSystem<SpawnProtocol.Command> start(String name) {
        Config config = ConfigFactory.parseString(configChange())
                .withFallback(ConfigFactory.load());
        return ActorSystem.create(SpawnProtocol.create(), name, config);
    }

    /**
     * Spawns a top-level actor and waits for its reference.
     *
     * @param system the system
     * @param behavior the actor's behavior
     * @param name its name
     * @param <T> its protocol
     * @return its reference
     */
    public static <T> ActorRef<T> spawn(ActorSystem<SpawnProtocol.Command> system,
            Behavior<T> behavior, String name) {
        return ask(system, replyTo -> new SpawnProtocol.Spawn<>(behavior, name, Props.empty(),
                replyTo), system);
    }

    /**
     * Asks and waits for the reply, with {@link #TIMEOUT}.
     *
     * @param target who is asked
     * @param request makes the request from the reply-to reference
     * @param system the system, for its scheduler
     * @param <Q> the target's protocol
     * @param <R> the reply's type
     * @return the reply
     */
    public static <Q, R> R ask(RecipientRef<Q> target, Function<ActorRef<R>, Q> request,
            ActorSystem<?> system) {
        return AskPattern.ask(target, request, TIMEOUT, system.scheduler())
                .toCompletableFuture().join();
    }

    /**
     * Terminates a system and waits until it has.
     *
     * @param system the system
     */
    public static void stop(ActorSystem<?> system) {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Pekko system did not terminate", e);
        }
    }
}
