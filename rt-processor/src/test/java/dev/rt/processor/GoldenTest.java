package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated code of a few protocols and supervision trees with golden files (see {@link
 * Goldens}). Each test also compiles the generated code against the real runtime API, with every
 * lint warning as an error.
 */
class GoldenTest {

    /** The counter of the design guide: two tells and a request with a direct reply. */
    @Test
    void flatProtocol() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.CounterMsg",
                                "package com.example;",
                                "",
                                "import dev.rt.Request;",
                                "",
                                "public sealed interface CounterMsg {",
                                "    record Increment(long by) implements CounterMsg {}",
                                "    record Get() implements CounterMsg, Request<Long> {}",
                                "    record Crash(String why) implements CounterMsg {}",
                                "}"),
                        source(
                                "com.example.Counter",
                                "package com.example;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Counter implements Actor<CounterMsg> {",
                                "    private long count;",
                                "",
                                "    void on(CounterMsg.Increment m) { count += m.by(); }",
                                "",
                                "    long on(CounterMsg.Get m) { return count; }",
                                "",
                                "    void on(CounterMsg.Crash m) { throw new IllegalStateException(m.why()); }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(compilation, GoldenTest.class, "flatProtocol", "com.example.CounterHandle");
        Goldens.assertMatches(
                compilation, GoldenTest.class, "flatProtocol", "com.example.CounterDescriptor");
    }

    /**
     * Sealed groups: a group handler for tells, a group handler for requests (replying with a
     * primitive for {@code Request<Integer>}), a final class message whose handler takes the
     * context, and an enum message. The behavior is package-private, and so is its handle.
     */
    @Test
    void nestedGroups() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.shop.ShopMsg",
                                "package com.example.shop;",
                                "",
                                "import dev.rt.Request;",
                                "",
                                "public sealed interface ShopMsg {",
                                "    record AddItem(String item, int quantity) implements ShopMsg {}",
                                "",
                                "    sealed interface Admin extends ShopMsg {",
                                "        record Reset() implements Admin {}",
                                "        record Shutdown(String reason) implements Admin {}",
                                "    }",
                                "",
                                "    sealed interface Query extends ShopMsg, Request<Integer> {",
                                "        record Stock(String item) implements Query {}",
                                "        record Price(String item, String currency) implements Query {}",
                                "    }",
                                "",
                                "    final class Ping implements ShopMsg {}",
                                "",
                                "    enum Mode implements ShopMsg { OPEN, CLOSED }",
                                "}"),
                        source(
                                "com.example.shop.Shop",
                                "package com.example.shop;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.ActorContext;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import java.util.HashMap;",
                                "import java.util.Map;",
                                "",
                                "@ActorBehavior",
                                "final class Shop implements Actor<ShopMsg> {",
                                "    private final Map<String, Integer> stock = new HashMap<>();",
                                "    private ShopMsg.Mode mode = ShopMsg.Mode.OPEN;",
                                "",
                                "    void on(ShopMsg.AddItem m) { stock.merge(m.item(), m.quantity(), Integer::sum); }",
                                "",
                                "    void admin(ShopMsg.Admin m) {",
                                "        switch (m) {",
                                "            case ShopMsg.Admin.Reset r -> stock.clear();",
                                "            case ShopMsg.Admin.Shutdown s -> mode = ShopMsg.Mode.CLOSED;",
                                "        }",
                                "    }",
                                "",
                                "    int query(ShopMsg.Query q) {",
                                "        return switch (q) {",
                                "            case ShopMsg.Query.Stock s -> stock.getOrDefault(s.item(), 0);",
                                "            case ShopMsg.Query.Price p -> mode == ShopMsg.Mode.OPEN ? 10 : -1;",
                                "        };",
                                "    }",
                                "",
                                "    void on(ShopMsg.Ping p, ActorContext<ShopMsg> context) {",
                                "        context.log().info(\"ping\");",
                                "    }",
                                "",
                                "    void on(ShopMsg.Mode mode) { this.mode = mode; }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "nestedGroups", "com.example.shop.ShopHandle");
        Goldens.assertMatches(
                compilation, GoldenTest.class, "nestedGroups", "com.example.shop.ShopDescriptor");
    }

    /**
     * Requests that reply directly, with a parameterized type, and later, through a {@code
     * CompletionStage} or a {@code CompletableFuture}; handlers that take the context; and
     * components named {@code timeout} and {@code ref}, which the handle must not shadow.
     */
    @Test
    void requestsAndContext() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.kv.KvMsg",
                                "package com.example.kv;",
                                "",
                                "import dev.rt.Request;",
                                "import java.time.Duration;",
                                "import java.util.Optional;",
                                "",
                                "public sealed interface KvMsg {",
                                "    record Put(String key, String value) implements KvMsg {}",
                                "    record Get(String key) implements KvMsg, Request<Optional<String>> {}",
                                "    record Size() implements KvMsg, Request<Integer> {}",
                                "    record Fetch(String url, Duration timeout) implements KvMsg, Request<String> {}",
                                "    record Forward(String key, String ref) implements KvMsg {}",
                                "}"),
                        source(
                                "com.example.kv.KvStore",
                                "package com.example.kv;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.ActorContext;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import java.util.HashMap;",
                                "import java.util.Map;",
                                "import java.util.Optional;",
                                "import java.util.concurrent.CompletableFuture;",
                                "import java.util.concurrent.CompletionStage;",
                                "",
                                "@ActorBehavior",
                                "public final class KvStore implements Actor<KvMsg> {",
                                "    private final Map<String, String> map = new HashMap<>();",
                                "",
                                "    void on(KvMsg.Put m) { map.put(m.key(), m.value()); }",
                                "",
                                "    Optional<String> on(KvMsg.Get m) { return Optional.ofNullable(map.get(m.key())); }",
                                "",
                                "    CompletionStage<Integer> on(KvMsg.Size m) {",
                                "        return CompletableFuture.completedFuture(map.size());",
                                "    }",
                                "",
                                "    CompletableFuture<String> on(KvMsg.Fetch m, ActorContext<KvMsg> context) {",
                                "        return CompletableFuture.supplyAsync(() -> m.url());",
                                "    }",
                                "",
                                "    void on(KvMsg.Forward m, ActorContext<KvMsg> context) {",
                                "        context.log().info(\"{} to {}\", m.key(), m.ref());",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "requestsAndContext", "com.example.kv.KvStoreHandle");
        Goldens.assertMatches(
                compilation,
                GoldenTest.class,
                "requestsAndContext",
                "com.example.kv.KvStoreDescriptor");
    }

    /**
     * A behavior nested in another class, whose protocol lives in another package and whose
     * handlers are inherited from a generic base class (with a type argument that makes {@code
     * on(T)} a handler) and from an interface's default method.
     */
    @Test
    void nestedBehaviorWithInheritedHandlers() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.api.Greeting",
                                "package com.example.api;",
                                "",
                                "public sealed interface Greeting {",
                                "    record Hello(String name) implements Greeting {}",
                                "    record URLFetch(String url) implements Greeting {}",
                                "    record GET() implements Greeting, dev.rt.Request<String> {}",
                                "}"),
                        source(
                                "com.example.app.Greeters",
                                "package com.example.app;",
                                "",
                                "import com.example.api.Greeting;",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "public final class Greeters {",
                                "    private Greeters() {}",
                                "",
                                "    public abstract static class Base<T extends Greeting> {",
                                "        public void on(T hello) {}",
                                "    }",
                                "",
                                "    public interface Fetching {",
                                "        default void fetch(Greeting.URLFetch m) {}",
                                "    }",
                                "",
                                "    @ActorBehavior",
                                "    public static class English extends Base<Greeting.Hello>",
                                "            implements Actor<Greeting>, Fetching {",
                                "        String get(Greeting.GET m) { return \"hello\"; }",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation,
                GoldenTest.class,
                "nestedBehaviorWithInheritedHandlers",
                "com.example.app.GreetersEnglishHandle");
        Goldens.assertMatches(
                compilation,
                GoldenTest.class,
                "nestedBehaviorWithInheritedHandlers",
                "com.example.app.GreetersEnglishDescriptor");
    }

    /**
     * A bounded mailbox that drops the oldest message when it is full: the descriptor returns it
     * from {@code mailbox()}.
     */
    @Test
    void boundedMailbox() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.feed.Ticker",
                                "package com.example.feed;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import dev.rt.annotation.Overflow;",
                                "",
                                "@ActorBehavior(capacity = 1000, overflow = Overflow.DROP_OLDEST)",
                                "public final class Ticker implements Actor<Ticker.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Tick(String symbol, double price) implements Msg {}",
                                "    }",
                                "",
                                "    void on(Msg.Tick m) {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "boundedMailbox", "com.example.feed.TickerDescriptor");
    }

    /**
     * The English of counts and articles, for 1 and for a name that starts with a vowel: "an
     * {@link Inventory}", "at most 1 queued message", "a group of 1 message". The behavior's
     * constructor is private, so the handle suggests its static factory, {@code Inventory::create}.
     */
    @Test
    void onesAndVowels() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.stock.Inventory",
                                "package com.example.stock;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import dev.rt.annotation.Overflow;",
                                "",
                                "@ActorBehavior(capacity = 1, overflow = Overflow.REJECT)",
                                "public final class Inventory implements Actor<Inventory.Msg> {",
                                "    public sealed interface Msg {",
                                "        sealed interface Audit extends Msg {",
                                "            record Count(String item) implements Audit {}",
                                "        }",
                                "        record Restock(String item, int quantity) implements Msg {}",
                                "    }",
                                "",
                                "    private Inventory() {}",
                                "",
                                "    public static Inventory create() { return new Inventory(); }",
                                "",
                                "    void on(Msg.Audit m) {}",
                                "",
                                "    void on(Msg.Restock m) {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "onesAndVowels", "com.example.stock.InventoryHandle");
        Goldens.assertMatches(
                compilation, GoldenTest.class, "onesAndVowels", "com.example.stock.InventoryDescriptor");
    }

    /**
     * A blocking behavior: the descriptor says so from {@code blocking()}, and the runtime runs
     * its actors on virtual threads.
     */
    @Test
    void blockingBehavior() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.io.FileReader",
                                "package com.example.io;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.Request;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior(blocking = true)",
                                "public final class FileReader implements Actor<FileReader.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Read(String path) implements Msg, Request<String> {}",
                                "    }",
                                "",
                                "    String on(Msg.Read m) throws java.io.IOException {",
                                "        return java.nio.file.Files.readString(java.nio.file.Path.of(m.path()));",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "blockingBehavior", "com.example.io.FileReaderDescriptor");
    }

    /**
     * Messages marked {@code @Priority}, one by itself and two through their group, among others
     * that are not: the descriptor tests for the urgent ones in {@code isUrgent}, in protocol
     * order.
     */
    @Test
    void priorityMessages() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.ops.OpsMsg",
                                "package com.example.ops;",
                                "",
                                "import dev.rt.Request;",
                                "import dev.rt.annotation.Priority;",
                                "",
                                "public sealed interface OpsMsg {",
                                "    record Submit(String job) implements OpsMsg {}",
                                "",
                                "    @Priority",
                                "    sealed interface Control extends OpsMsg {",
                                "        record Pause() implements Control {}",
                                "        record Resume() implements Control {}",
                                "    }",
                                "",
                                "    record Status() implements OpsMsg, Request<String> {}",
                                "",
                                "    @Priority",
                                "    record Cancel(String job) implements OpsMsg {}",
                                "}"),
                        source(
                                "com.example.ops.Ops",
                                "package com.example.ops;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "final class Ops implements Actor<OpsMsg> {",
                                "    private boolean paused;",
                                "",
                                "    void on(OpsMsg.Submit m) {}",
                                "",
                                "    void on(OpsMsg.Control m) { paused = m instanceof OpsMsg.Control.Pause; }",
                                "",
                                "    String on(OpsMsg.Status m) { return paused ? \"paused\" : \"running\"; }",
                                "",
                                "    void on(OpsMsg.Cancel m) {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "priorityMessages", "com.example.ops.OpsDescriptor");
    }

    /** The trading system of the design guide: three behaviors, each with one message. */
    private static final JavaFileObject[] TRADING_BEHAVIORS = {
        source(
                "com.example.trading.OrderExecutor",
                "package com.example.trading;",
                "",
                "import dev.rt.Actor;",
                "import dev.rt.annotation.ActorBehavior;",
                "",
                "@ActorBehavior",
                "final class OrderExecutor implements Actor<OrderExecutor.Msg> {",
                "    sealed interface Msg {",
                "        record Place(String symbol, long quantity) implements Msg {}",
                "    }",
                "",
                "    void on(Msg.Place m) {}",
                "}"),
        source(
                "com.example.trading.RiskManager",
                "package com.example.trading;",
                "",
                "import dev.rt.Actor;",
                "import dev.rt.annotation.ActorBehavior;",
                "",
                "@ActorBehavior",
                "final class RiskManager implements Actor<RiskManager.Msg> {",
                "    sealed interface Msg {",
                "        record Check(String symbol, long quantity) implements Msg {}",
                "    }",
                "",
                "    private final long limit;",
                "    private final OrderExecutorHandle executor;",
                "",
                "    RiskManager(long limit, OrderExecutorHandle executor) {",
                "        this.limit = limit;",
                "        this.executor = executor;",
                "    }",
                "",
                "    void on(Msg.Check m) {",
                "        if (m.quantity() <= limit) {",
                "            executor.place(m.symbol(), m.quantity());",
                "        }",
                "    }",
                "}"),
        source(
                "com.example.trading.MarketDataFeed",
                "package com.example.trading;",
                "",
                "import dev.rt.Actor;",
                "import dev.rt.annotation.ActorBehavior;",
                "",
                "@ActorBehavior",
                "final class MarketDataFeed implements Actor<MarketDataFeed.Msg> {",
                "    sealed interface Msg {",
                "        record Tick(long quantity) implements Msg {}",
                "    }",
                "",
                "    private final String symbol;",
                "    private final RiskManagerHandle risk;",
                "",
                "    MarketDataFeed(String symbol, RiskManagerHandle risk) {",
                "        this.symbol = symbol;",
                "        this.risk = risk;",
                "    }",
                "",
                "    void on(Msg.Tick m) { risk.check(symbol, m.quantity()); }",
                "}")
    };

    /**
     * The trading system of the design guide: a {@code REST_FOR_ONE} supervisor whose children
     * depend on the ones before them, one of them transient with a shutdown timeout.
     */
    @Test
    void tradingSystem() {
        List<JavaFileObject> sources = new ArrayList<>(List.of(TRADING_BEHAVIORS));
        sources.add(
                source(
                        "com.example.trading.TradingSystem",
                        "package com.example.trading;",
                        "",
                        "import dev.rt.annotation.Child;",
                        "import dev.rt.annotation.Restart;",
                        "import dev.rt.annotation.Strategy;",
                        "import dev.rt.annotation.Supervisor;",
                        "",
                        "@Supervisor(strategy = Strategy.REST_FOR_ONE, intensity = 3, periodSeconds = 60)",
                        "abstract class TradingSystem {",
                        "    @Child OrderExecutor executor()                   { return new OrderExecutor(); }",
                        "    @Child RiskManager risk(OrderExecutorHandle exec) { return new RiskManager(10_000, exec); }",
                        "    @Child(restart = Restart.TRANSIENT, shutdownMillis = 2000)",
                        "    MarketDataFeed market(RiskManagerHandle risk)     { return new MarketDataFeed(\"AAPL\", risk); }",
                        "}"));
        Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation,
                GoldenTest.class,
                "tradingSystem",
                "com.example.trading.TradingSystemSupervisor");
    }

    /**
     * Two levels: a public {@code ONE_FOR_ALL} supervisor whose children are a nested {@code
     * ONE_FOR_ONE} supervisor, declared in another package, and a worker that depends on it; and a
     * temporary worker that waits forever to stop.
     */
    @Test
    void twoLevelTree() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.pool.Worker",
                                "package com.example.pool;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Worker implements Actor<Worker.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Work(String job) implements Msg {}",
                                "    }",
                                "",
                                "    void on(Msg.Work m) {}",
                                "}"),
                        source(
                                "com.example.pool.Pool",
                                "package com.example.pool;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor",
                                "public class Pool {",
                                "    private final int size;",
                                "",
                                "    public Pool(int size) { this.size = size; }",
                                "",
                                "    @Child Worker first() { return new Worker(); }",
                                "    @Child Worker second() { return new Worker(); }",
                                "}"),
                        source(
                                "com.example.app.Reporter",
                                "package com.example.app;",
                                "",
                                "import com.example.pool.PoolSupervisor;",
                                "import com.example.pool.Worker;",
                                "import com.example.pool.WorkerHandle;",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "final class Reporter implements Actor<Reporter.Msg> {",
                                "    sealed interface Msg {",
                                "        record Report() implements Msg {}",
                                "    }",
                                "",
                                "    private final PoolSupervisor pool;",
                                "",
                                "    Reporter(PoolSupervisor pool) { this.pool = pool; }",
                                "",
                                "    void on(Msg.Report m) { pool.first().work(\"report\"); }",
                                "}"),
                        source(
                                "com.example.app.Auditor",
                                "package com.example.app;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "final class Auditor implements Actor<Auditor.Msg> {",
                                "    sealed interface Msg {",
                                "        record Audit(String what) implements Msg {}",
                                "    }",
                                "",
                                "    Auditor(ReporterHandle reporter, com.example.pool.PoolSupervisor pool) {}",
                                "",
                                "    void on(Msg.Audit m) {}",
                                "}"),
                        source(
                                "com.example.app.App",
                                "package com.example.app;",
                                "",
                                "import com.example.pool.Pool;",
                                "import com.example.pool.PoolSupervisor;",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Restart;",
                                "import dev.rt.annotation.Strategy;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor(strategy = Strategy.ONE_FOR_ALL, intensity = 1, periodSeconds = 1)",
                                "public abstract class App {",
                                "    @Child Pool pool() { return new Pool(4); }",
                                "",
                                "    @Child Reporter reporter(PoolSupervisor pool) { return new Reporter(pool); }",
                                "",
                                "    @Child(restart = Restart.TEMPORARY, shutdownMillis = -1)",
                                "    Auditor auditor(ReporterHandle reporter, PoolSupervisor pool) {",
                                "        return new Auditor(reporter, pool);",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "twoLevelTree", "com.example.app.AppSupervisor");
        Goldens.assertMatches(
                compilation, GoldenTest.class, "twoLevelTree", "com.example.pool.PoolSupervisor");
    }

    /**
     * A {@code SIMPLE_ONE_FOR_ONE} supervisor: its template takes the argument each child is
     * started with, and its children are transient, with a shutdown timeout.
     */
    @Test
    void simpleOneForOne() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.jobs.Job",
                                "package com.example.jobs;",
                                "",
                                "public record Job(String name, int size) {}"),
                        source(
                                "com.example.jobs.JobRunner",
                                "package com.example.jobs;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.Request;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class JobRunner implements Actor<JobRunner.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Progress() implements Msg, Request<Integer> {}",
                                "    }",
                                "",
                                "    private final Job job;",
                                "",
                                "    JobRunner(Job job) { this.job = job; }",
                                "",
                                "    int on(Msg.Progress m) { return job.size(); }",
                                "}"),
                        source(
                                "com.example.jobs.Jobs",
                                "package com.example.jobs;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Restart;",
                                "import dev.rt.annotation.Strategy;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE, intensity = 10, periodSeconds = 1)",
                                "public abstract class Jobs {",
                                "    @Child(restart = Restart.TRANSIENT, shutdownMillis = 30_000)",
                                "    JobRunner runner(Job job) { return new JobRunner(job); }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "simpleOneForOne", "com.example.jobs.JobsSupervisor");
    }
    /**
     * Health checks: a worker probed through its mailbox, a transient worker probed with a request
     * of its protocol, and a nested supervisor probed through its mailbox.
     */
    @Test
    void healthChecks() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.health.Cache",
                                "package com.example.health;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Cache implements Actor<Cache.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Put(String key, String value) implements Msg {}",
                                "    }",
                                "",
                                "    void on(Msg.Put m) {}",
                                "}"),
                        source(
                                "com.example.health.Gateway",
                                "package com.example.health;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.Request;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Gateway implements Actor<Gateway.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Route(String path) implements Msg {}",
                                "        record Health() implements Msg, Request<Boolean> {}",
                                "    }",
                                "",
                                "    private final CacheHandle cache;",
                                "",
                                "    Gateway(CacheHandle cache) { this.cache = cache; }",
                                "",
                                "    void on(Msg.Route m) { cache.put(m.path(), \"seen\"); }",
                                "",
                                "    boolean on(Msg.Health m) { return true; }",
                                "}"),
                        source(
                                "com.example.health.Pool",
                                "package com.example.health;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor",
                                "public class Pool {",
                                "    @Child Cache first() { return new Cache(); }",
                                "}"),
                        source(
                                "com.example.health.Services",
                                "package com.example.health;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Restart;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor(intensity = 5, periodSeconds = 30)",
                                "public abstract class Services {",
                                "    @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 1_000)",
                                "    Cache cache() { return new Cache(); }",
                                "",
                                "    @Child(restart = Restart.TRANSIENT, healthIntervalMillis = 5_000,",
                                "            healthTimeoutMillis = 500, healthRequest = Gateway.Msg.Health.class)",
                                "    Gateway gateway(CacheHandle cache) { return new Gateway(cache); }",
                                "",
                                "    @Child(healthIntervalMillis = 60_000, healthTimeoutMillis = 5_000)",
                                "    Pool pool() { return new Pool(); }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation,
                GoldenTest.class,
                "healthChecks",
                "com.example.health.ServicesSupervisor");
    }
    /**
     * A wire codec: a protocol with a record that holds a nested record, a list of them, an
     * optional, an enum, a map, a reference to an actor, and a request with a reply; and its
     * schema resource.
     */
    @Test
    void wireCodec() {
        Compilation compilation =
                compile(
                        source(
                                "com.example.orders.OrderMsg",
                                "package com.example.orders;",
                                "",
                                "import dev.rt.ActorRef;",
                                "import dev.rt.Request;",
                                "import dev.rt.annotation.WireProtocol;",
                                "import java.util.List;",
                                "import java.util.Map;",
                                "import java.util.Optional;",
                                "",
                                "@WireProtocol",
                                "public sealed interface OrderMsg {",
                                "    record Place(String customer, Address shipTo, List<Line> lines,",
                                "            Optional<String> note, Priority priority) implements OrderMsg {}",
                                "",
                                "    record Address(String street, String city) {}",
                                "",
                                "    record Line(String sku, int quantity) {}",
                                "",
                                "    enum Priority { LOW, HIGH }",
                                "",
                                "    record Restock(Map<String, Long> levels) implements OrderMsg {}",
                                "",
                                "    record Total(String customer) implements OrderMsg, Request<Long> {}",
                                "",
                                "    record Watch(ActorRef<OrderMsg> listener) implements OrderMsg {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, GoldenTest.class, "wireCodec", "com.example.orders.OrderMsgCodec");
        Goldens.assertResourceMatches(
                compilation,
                GoldenTest.class,
                "wireCodec",
                "META-INF/rt/wire/com.example.orders.OrderMsg.schema");
    }
}
