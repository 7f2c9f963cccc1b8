package dev.rt.samples.cluster;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.cluster.ClusterNode;
import dev.rt.samples.Console;
import dev.rt.samples.trading.Order;
import dev.rt.samples.trading.RiskManagerHandle;
import dev.rt.samples.trading.RiskMsgCodec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The market-data side of the distributed trading system: it looks the risk manager up in the
 * cluster registry, depends on it ({@link ActorContext#dependOn}), and sends it a quote and an
 * order every tick. When the risk manager's node goes away, the source fails with the node's
 * departure as the cause; its supervisor restarts it with backoff, and each fresh source looks
 * the risk manager up again, until one is registered anew.
 */
@ActorBehavior
public final class QuoteSource implements Actor<SourceMsg> {
    private static final Duration TICK = Duration.ofMillis(150);

    private final ClusterNode node;
    private final AtomicInteger orders;
    private RiskManagerHandle risk;
    private double price = 190.0;

    /**
     * Creates a source.
     *
     * @param node the cluster node whose registry holds the risk manager
     * @param orders numbers the orders across restarts
     */
    public QuoteSource(ClusterNode node, AtomicInteger orders) {
        this.node = node;
        this.orders = orders;
    }

    @Override
    public void preStart(ActorContext<SourceMsg> context) {
        QuoteSourceHandle self = QuoteSourceHandle.of(context.self());
        node.registry().lookup("risk", RiskMsgCodec.INSTANCE).whenComplete((ref, failure) -> {
            if (ref != null) {
                self.use(ref);
            } else {
                self.notFound();
            }
        });
    }

    void on(SourceMsg.Use m, ActorContext<SourceMsg> context) {
        risk = RiskManagerHandle.of(m.risk());
        context.dependOn(m.risk());
        Console.say("  feed: sending to the risk manager on its node (%s)", m.risk().path());
        context.timers().startPeriodic("tick", new SourceMsg.Tick(), TICK);
    }

    void on(SourceMsg.NotFound m) {
        throw new IllegalStateException("no risk manager is registered in the cluster yet");
    }

    void on(SourceMsg.Tick m) {
        int n = orders.incrementAndGet();
        price += (n % 5 == 0) ? -0.5 : 0.25;
        risk.marketPrice("AAPL", price);
        risk.submit(new Order("ORDER-" + n, "AAPL", 1, price));
    }
}
