package dev.rt.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.supervision.ChildInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The showcase's tree, with assertions instead of narration. */
class TradingSystemTest {

    @Test
    void bothFailuresAreRestartedAndOrdersAfterTheCrashExecute() throws Exception {
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch restarts = new CountDownLatch(3);
        CountDownLatch marketRestarted = new CountDownLatch(1);
        try (ActorSystem system = ActorSystem.create("trading", ActorSystemConfig.builder()
                .monitor(e -> {
                    events.add(e);
                    if (e instanceof MonitorEvent.ActorRestarted r) {
                        restarts.countDown();
                        if (r.path().equals("/user/t/market")) {
                            marketRestarted.countDown();
                        }
                    }
                }).build())) {
            TradingSystemSupervisor trading = TradingSystemSupervisor.start(system, "t",
                    new TradingSystem(new Exchange()) {});
            // the feed's first connection fails; once restarted, its Connect is queued first
            assertTrue(marketRestarted.await(30, TimeUnit.SECONDS), events.toString());
            assertTrue(trading.market().connected().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            RiskManagerHandle risk = trading.risk();
            risk.submit(new Order("ORDER-1", "AAPL", 100, 187.40));
            risk.submit(new Order("ORDER-FAIL", "AAPL", 10, 187.50));
            risk.submit(new Order("ORDER-2", "AAPL", 200, 187.55));
            risk.submit(new Order("ORDER-3", "AAPL", 75, 187.45));
            assertTrue(restarts.await(30, TimeUnit.SECONDS), events.toString());
            // the exposure request queues behind the orders, so they have all been handled
            assertEquals(200 * 187.55 + 75 * 187.45, risk.exposure().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS), 1e-6, "only the orders after the restart count");
            assertEquals(3, trading.executor().executed().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            assertEquals(3, trading.book().size().toCompletableFuture().get(30, TimeUnit.SECONDS));
            Map<String, Integer> restartsById = trading.whichChildren().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS).stream()
                    .collect(Collectors.toMap(ChildInfo::id, ChildInfo::restarts));
            assertEquals(Map.of("executor", 0, "book", 0, "risk", 1, "market", 2), restartsById);
            List<String> failed = events.stream()
                    .filter(MonitorEvent.ActorFailed.class::isInstance)
                    .map(MonitorEvent::path).toList();
            assertEquals(List.of("/user/t/market", "/user/t/risk"), failed);
        }
    }
}
