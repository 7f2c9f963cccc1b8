package dev.rt.samples;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Monitor;
import dev.rt.MonitorEvent;
import dev.rt.observer.Observer;
import dev.rt.observer.ObserverConfig;
import dev.rt.samples.trading.Exchange;
import dev.rt.samples.trading.Order;
import dev.rt.samples.trading.RiskManagerHandle;
import dev.rt.samples.trading.TradingSystem;
import dev.rt.samples.trading.TradingSystemSupervisor;
import dev.rt.supervision.ChildInfo;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The showcase that the README's first command runs: the supervised trading system. The market
 * feed fails on its first connection and is restarted; the risk manager crashes on {@code
 * ORDER-FAIL} and is restarted with clean state (REST_FOR_ONE restarts the feed after it too);
 * the orders sent after the crash still execute.
 *
 * <p>With {@code -Drt.observer.port=<port>} (0 for any free port), the showcase also serves its
 * live observer page on {@code 127.0.0.1} (see {@link Observer}), prints one line {@code
 * observer: http://127.0.0.1:<port>/}, and keeps the system open after the run until Enter is
 * pressed (or its input ends), so that the page can be looked at. Without it, the output is the
 * same as ever.
 */
public final class Showcase {

    private Showcase() {}

    /**
     * Runs the showcase.
     *
     * @param args ignored
     * @throws Exception if it cannot finish
     */
    public static void main(String[] args) throws Exception {
        String observerPort = System.getProperty("rt.observer.port", "").strip();
        if (!observerPort.isEmpty() && !observerPort.matches("\\d{1,5}")) {
            System.err.println("rt.observer.port must be a port number (0 for any free port), not '"
                    + observerPort + "'; for example -Drt.observer.port=8080");
            System.exit(2);
        }
        CountDownLatch restarts = new CountDownLatch(3); // market twice, risk once
        CountDownLatch marketRestarted = new CountDownLatch(1);
        Monitor monitor = event -> {
            switch (event) {
                case MonitorEvent.ActorFailed f -> Console.say(
                        "  monitor: %s FAILED while handling %s: %s", f.path(), f.messageType(),
                        f.cause().getMessage());
                case MonitorEvent.ActorRestarted r -> {
                    Console.say("  monitor: %s RESTARTED (restart #%d), mailbox kept", r.path(),
                            r.restarts());
                    restarts.countDown();
                    if (r.path().endsWith("/market")) {
                        marketRestarted.countDown();
                    }
                }
                case MonitorEvent.SupervisorEscalated e -> Console.say(
                        "  monitor: %s escalated: %s", e.path(), e.cause());
                case MonitorEvent.DeadLetter d -> Console.say("  monitor: dead letter to %s: %s",
                        d.path(), d.message());
                default -> { }
            }
        };
        try (ActorSystem system = ActorSystem.create("showcase",
                ActorSystemConfig.builder().monitor(monitor).build());
                Observer observer = observerPort.isEmpty() ? null
                        : startObserver(system, observerPort)) {
            Console.say("== RT showcase: a supervised trading system (REST_FOR_ONE, at most 3"
                    + " restarts a minute)");
            Console.say("   children, in start order: executor, book, risk(executor, book),"
                    + " market(risk)");
            if (observer != null) {
                Console.say("observer: %s", observer.uri());
            }
            TradingSystemSupervisor trading = TradingSystemSupervisor.start(system, "trading",
                    new TradingSystem(new Exchange()) {});

            Console.say("== 1. The market feed connects; its first attempt fails");
            trading.market().quote(187.50);
            if (!marketRestarted.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the market feed was not restarted");
            }
            boolean connected = trading.market().connected().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            Console.say("market feed connected: %s (the quote sent before the restart was kept)",
                    connected);

            Console.say("== 2. Orders; ORDER-FAIL crashes the risk manager");
            RiskManagerHandle risk = trading.risk();
            risk.submit(new Order("ORDER-1", "AAPL", 100, 187.40));
            risk.submit(new Order("ORDER-2", "AAPL", 50, 187.60));
            risk.submit(new Order("ORDER-FAIL", "AAPL", 10, 187.50));
            risk.submit(new Order("ORDER-3", "AAPL", 200, 187.55)); // queued during the restart
            risk.submit(new Order("ORDER-4", "AAPL", 75, 187.45));

            if (!restarts.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the expected restarts did not happen");
            }
            int executed = trading.executor().executed().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            double exposure = risk.exposure().toCompletableFuture().get(10, TimeUnit.SECONDS);

            Console.say("== 3. Final statistics");
            for (ChildInfo child : trading.whichChildren().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)) {
                Console.say("  %-8s %-8s restarts: %d", child.id(), child.state(),
                        child.restarts());
            }
            Console.say("  orders executed: %d (of which after the crash: 2)", executed);
            Console.say("  risk exposure since its restart: %.2f", exposure);
            if (observer == null) {
                Console.say("== 4. close(): children stop in reverse start order");
            } else {
                Console.say("== 4. press Enter to close() (the observer stays live until then):"
                        + " children stop in reverse start order");
                awaitEnter();
            }
        }
        Console.say("done");
    }

    private static Observer startObserver(ActorSystem system, String port) throws IOException {
        return Observer.start(system, ObserverConfig.builder().port(Integer.parseInt(port))
                .build());
    }

    /** Returns at the end of a line of input, or at its end (at once when there is none). */
    private static void awaitEnter() throws IOException {
        int c;
        do {
            c = System.in.read();
        } while (c != -1 && c != '\n');
    }
}
