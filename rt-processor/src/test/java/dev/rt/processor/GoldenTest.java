package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated code of a few protocols with golden files (see {@link Goldens}). Each test
 * also compiles the generated code against the real runtime API, with every lint warning as an
 * error.
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
                compilation, GoldenTest.class, "flatProtocol", "com.example.CounterDispatcher");
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
                compilation, GoldenTest.class, "nestedGroups", "com.example.shop.ShopDispatcher");
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
                "com.example.kv.KvStoreDispatcher");
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
                "com.example.app.GreetersEnglishDispatcher");
    }
}
