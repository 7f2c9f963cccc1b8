package dev.rt.samples.observer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rt.ActorInfo;
import dev.rt.ActorSystem;
import dev.rt.EventStream;
import dev.rt.MonitorEvent;
import dev.rt.observer.Observer;
import dev.rt.observer.ObserverConfig;
import dev.rt.samples.counter.Counter;
import dev.rt.samples.counter.CounterHandle;
import dev.rt.samples.trading.Exchange;
import dev.rt.samples.trading.Order;
import dev.rt.samples.trading.RiskManagerHandle;
import dev.rt.samples.trading.TradingSystem;
import dev.rt.samples.trading.TradingSystemSupervisor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observer page end to end, in a real browser: Debian's chromium, headless, run as a process
 * that prints the DOM it rendered ({@code --dump-dom}) and takes a screenshot. Nothing downloads
 * a browser: without {@code /usr/bin/chromium} the test is skipped. The showcase's supervised
 * trading system runs under the observer; the test waits on monitor events (never on time) until
 * the feed and the risk manager have restarted and a message has been dead-lettered, then checks
 * what a person sees on the page.
 */
class ObserverPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long BROWSER_TIMEOUT_SECONDS = 90;
    private static final String TOKEN = "browser-test-token";

    @TempDir
    Path temp;

    @Test
    void thePageShowsTheTreeTheRestartedChildrenAndTheDeadLetters() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no browser at " + CHROMIUM + ": install"
                + " Debian's chromium (apt-get install chromium chromium-driver) to run the"
                + " observer page's browser test");
        CountDownLatch marketRestarted = new CountDownLatch(1);
        CountDownLatch restarts = new CountDownLatch(3); // market twice, risk once
        CountDownLatch deadLetter = new CountDownLatch(1);
        try (ActorSystem system = ActorSystem.create("showcase");
                EventStream.Subscription r = system.events().subscribe(
                        MonitorEvent.ActorRestarted.class, e -> {
                            restarts.countDown();
                            if (e.path().equals("/user/trading/market")) {
                                marketRestarted.countDown();
                            }
                        });
                EventStream.Subscription d = system.events().subscribe(
                        MonitorEvent.DeadLetter.class, e -> deadLetter.countDown());
                Observer observer = Observer.start(system, ObserverConfig.builder()
                        .token(TOKEN).recentFailureWindow(Duration.ofMinutes(10)).build())) {
            // The showcase's tree: the feed's first connection fails, ORDER-FAIL crashes risk.
            TradingSystemSupervisor trading = TradingSystemSupervisor.start(system, "trading",
                    new TradingSystem(new Exchange()) {});
            assertTrue(marketRestarted.await(30, TimeUnit.SECONDS), "the feed restarted");
            RiskManagerHandle risk = trading.risk();
            risk.submit(new Order("ORDER-1", "AAPL", 100, 187.40));
            risk.submit(new Order("ORDER-FAIL", "AAPL", 10, 187.50));
            risk.submit(new Order("ORDER-2", "AAPL", 200, 187.55));
            assertTrue(restarts.await(30, TimeUnit.SECONDS), "risk and the feed restarted");
            risk.exposure().toCompletableFuture().get(30, TimeUnit.SECONDS); // orders handled
            // One dead letter: a message to an actor that has stopped.
            CounterHandle counter = CounterHandle.spawn(system, "counter", Counter::new);
            counter.ref().stop();
            counter.increment(1);
            assertTrue(deadLetter.await(30, TimeUnit.SECONDS), "a dead letter");
            ActorInfo market = system.snapshot().find("/user/trading/market").orElseThrow();
            assertEquals(2, market.restarts(), "the model the page shows");
            long deadLettered = system.accounting().deadLettered();
            assertTrue(deadLettered >= 1, "dead letters: " + deadLettered);

            String url = observer.uri() + "?token=" + TOKEN;
            String dom = browser("--virtual-time-budget=5000", "--dump-dom", url);

            Map<String, Row> rows = rows(dom);
            assertEquals(List.of("/user/trading", "/user/trading/executor",
                    "/user/trading/book", "/user/trading/risk", "/user/trading/market"),
                    new ArrayList<>(rows.keySet()), dom);
            assertEquals(List.of("trading", "executor", "book", "risk", "market"),
                    rows.values().stream().map(Row::name).toList());
            Row marketRow = rows.get("/user/trading/market");
            assertEquals("2", marketRow.cell("restarts"), "the feed's restarts as displayed");
            assertTrue(marketRow.recent(), "the feed is highlighted as recently failed");
            assertEquals("MarketDataFeed", marketRow.cell("behavior"));
            assertEquals("RUNNING", text(marketRow.cell("state-cell")));
            Row riskRow = rows.get("/user/trading/risk");
            assertEquals("1", riskRow.cell("restarts"));
            assertTrue(riskRow.recent(), "risk is highlighted as recently failed");
            assertTrue(riskRow.cell("failure").contains("corrupt risk state"),
                    riskRow.cells().toString());
            Row bookRow = rows.get("/user/trading/book");
            assertEquals("0", bookRow.cell("restarts"));
            assertFalse(bookRow.recent(), "the book never failed");

            assertEquals(Long.toString(deadLettered), element(dom, "dd", "acc-deadLettered"),
                    "the dead-letter count as displayed");
            assertTrue(text(element(dom, "span", "status")).startsWith("live"), dom);
            assertEquals("showcase", element(dom, "span", "system"));

            Path png = Path.of("target", "observer-page.png").toAbsolutePath();
            Files.deleteIfExists(png);
            browser("--virtual-time-budget=5000", "--window-size=1280,900",
                    "--screenshot=" + png, url);
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                    head, "a PNG screenshot at " + png);
        }
    }

    /**
     * Runs headless chromium once, with a fresh profile and nothing it would fetch by itself,
     * and returns what it printed. The wait is bounded; the browser and its children are
     * destroyed on every path.
     */
    private String browser(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "chromium-profile");
        Path out = temp.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = temp.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                        Path.of("/dev/null").toFile())).start();
        try {
            boolean exited = process.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertTrue(exited, "chromium did not finish within " + BROWSER_TIMEOUT_SECONDS
                    + " s: " + stderr);
            assertEquals(0, process.exitValue(), "chromium failed: " + stderr);
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A row of the tree as rendered: its classes and its cells' inner HTML by class. */
    private record Row(String classes, Map<String, String> cells) {
        boolean recent() {
            return Arrays.asList(classes.split(" ")).contains("recent");
        }

        String cell(String name) {
            String cell = cells.get(name);
            assertTrue(cell != null, "no cell " + name + " in " + cells);
            return cell;
        }

        String name() {
            return text(element(cell("name"), "span", null, "label"));
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr class=\"([^\"]*)\"([^>]*)>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern PATH = Pattern.compile("data-path=\"([^\"]*)\"");
    private static final Pattern CELL = Pattern.compile("<td class=\"(?:num )?([^\"]*)\">(.*?)</td>",
            Pattern.DOTALL);

    /** The tree's rows in the rendered DOM, by path, in the order shown. */
    private static Map<String, Row> rows(String dom) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(dom);
        while (row.find()) {
            Matcher path = PATH.matcher(row.group(2));
            if (!row.group(1).contains("actor") || !path.find()) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells.put(cell.group(1), cell.group(2));
            }
            rows.put(path.group(1), new Row(row.group(1), cells));
        }
        return rows;
    }

    private static String element(String html, String tag, String id) {
        return element(html, tag, id, null);
    }

    /** The inner HTML of the first {@code tag} with this id or this class. */
    private static String element(String html, String tag, String id, String className) {
        String attribute = id != null ? "id=\"" + Pattern.quote(id) + "\""
                : "class=\"" + Pattern.quote(className) + "\"";
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*" + attribute + "[^>]*>(.*?)</" + tag
                + ">", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no <" + tag + " " + attribute + "> in " + html);
        return m.group(1);
    }

    /** The text of an HTML fragment: tags dropped, the few entities a DOM dump uses decoded. */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&nbsp;", "\u00a0").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
