package dev.rt.samples.cluster;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Strategy;
import dev.rt.cluster.ClusterConfig;
import dev.rt.cluster.ClusterNode;
import dev.rt.samples.Console;
import dev.rt.samples.trading.ExecutorMsg;
import dev.rt.samples.trading.ExecutorMsgCodec;
import dev.rt.samples.trading.OrderBook;
import dev.rt.samples.trading.OrderBookHandle;
import dev.rt.samples.trading.OrderExecutor;
import dev.rt.samples.trading.OrderExecutorHandle;
import dev.rt.samples.trading.RiskManager;
import dev.rt.samples.trading.RiskManagerHandle;
import dev.rt.samples.trading.RiskMsgCodec;
import dev.rt.supervision.Backoff;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node of the distributed trading system, in a JVM of its own: the {@code executor} node
 * runs the order executor; the {@code risk} node the order book and the risk manager, which sends
 * to the executor of the other node; the {@code feed} node the quote source, which depends on the
 * risk manager of the other node. Each registers what others need in the cluster registry.
 * {@link ClusterShowcase} starts three of them; each prints what happens to it, and answers
 * {@code status} with {@code STATUS <executed orders>} (the executor node) and ends on {@code
 * quit} or at the end of its input.
 *
 * <p>Arguments: role, TCP port, initial members ({@code host:port,...}).
 */
public final class TradingNode {

    private TradingNode() {}

    /**
     * Starts the node.
     *
     * @param args role, port, initial members
     * @throws Exception if it cannot start
     */
    public static void main(String[] args) throws Exception {
        String role = args[0];
        ActorSystem system = ActorSystem.create(role, ActorSystemConfig.builder()
                .monitor(TradingNode::report).build());
        ClusterNode node = ClusterNode.join(system, ClusterConfig.builder("trading")
                .nodeName(role).bindPort(Integer.parseInt(args[1]))
                .initialMembers(args[2].split(","))
                .codecs(ExecutorMsgCodec.INSTANCE, RiskMsgCodec.INSTANCE).build());
        OrderExecutorHandle executor = null;
        switch (role) {
            case "executor" -> {
                executor = OrderExecutorHandle.spawn(system, "executor", OrderExecutor::new);
                register(node, "executor", executor.ref());
            }
            case "risk" -> {
                ActorRef<ExecutorMsg> remote = node.registry()
                        .lookup("executor", ExecutorMsgCodec.INSTANCE).toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
                OrderExecutorHandle exec = OrderExecutorHandle.of(remote);
                OrderBookHandle book = OrderBookHandle.spawn(system, "book", OrderBook::new);
                RiskManagerHandle risk = RiskManagerHandle.spawn(system, "risk",
                        () -> new RiskManager(1_000_000, exec, book));
                register(node, "risk", risk.ref());
            }
            case "feed" -> {
                AtomicInteger orders = new AtomicInteger();
                Supervisor.start(system, "market", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .intensity(100, Duration.ofMinutes(1))
                        .backoff(Backoff.exponential(Duration.ofMillis(250), Duration.ofSeconds(2)))
                        .child(QuoteSourceHandle.childSpec("source",
                                siblings -> new QuoteSource(node, orders)))
                        .build());
            }
            default -> throw new IllegalArgumentException("role must be executor, risk or feed, not "
                    + role);
        }
        Console.say("READY %s %s", role, node.self().incarnation());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
            if (line.equals("status") && executor != null) {
                Console.say("STATUS %d", executor.executed().toCompletableFuture()
                        .get(30, TimeUnit.SECONDS));
            }
        }
        system.close(); // its actors stop first: the source's dependency does not fail it
        node.close();
        Console.say("BYE %s", role);
    }

    private static void register(ClusterNode node, String name, ActorRef<?> ref) throws Exception {
        node.registry().register(name, ref).toCompletableFuture().get(30, TimeUnit.SECONDS);
        Console.say("  registered '%s' in the cluster registry", name);
    }

    private static void report(MonitorEvent event) {
        switch (event) {
            case MonitorEvent.MemberUp m -> Console.say("  member up: %s", m.path());
            case MonitorEvent.MemberLeft m -> Console.say("  member left: %s", m.path());
            case MonitorEvent.ActorFailed f -> Console.say("  %s failed: %s", f.path(),
                    f.cause().getMessage());
            case MonitorEvent.ActorRestarted r -> Console.say("  %s restarted (#%d)", r.path(),
                    r.restarts());
            default -> { }
        }
    }
}
