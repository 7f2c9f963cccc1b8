package dev.rt.observer;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rt.ActorSystem;
import dev.rt.EventStream;
import dev.rt.MonitorEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live web page of an {@link ActorSystem}, as Erlang's observer gives OTP users: its
 * supervision tree ({@link ActorSystem#snapshot()}), its {@link ActorSystem#accounting()
 * accounting}, and the actors that failed or restarted recently, highlighted.
 *
 * <pre>{@code
 * try (Observer observer = Observer.start(system, ObserverConfig.defaults())) {
 *     System.out.println("observer: " + observer.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>Endpoints (GET or HEAD):
 * <ul>
 *   <li>{@code /}: the page, one static HTML file that fetches {@code /api/tree} every second;
 *   <li>{@code /api/tree}: the system's name, accounting, tree and recent failures as JSON (the
 *       shape is in docs/observability.md).
 * </ul>
 *
 * <p>Security: see {@link ObserverConfig}. With a token, every request must carry it, as {@code
 * ?token=...} or {@code Authorization: Bearer ...}; it is compared in constant time, and a
 * request without it gets 401, one with another token 403. Without a token (possible on a
 * loopback address only) a request must name a loopback host in its {@code Host} header, so that
 * a web page from elsewhere cannot read the tree through DNS rebinding.
 *
 * <p>Threads: requests are served by a bounded pool of two daemon threads named {@code
 * rt-observer-<system>-<n>}, with a queue of 16 requests; past that, the JDK's server closes the
 * connection of the request it cannot queue. The JDK's server adds its own daemon thread, {@code
 * HTTP-Dispatcher}, which accepts connections. Events are recorded on the threads where they
 * happen (an actor's), in a few map operations under a lock that no I/O ever holds.
 *
 * <p>Memory consistency effects: the server listens when {@code start} returns, so a request
 * sent after it is answered. An {@code ActorFailed} or {@code ActorRestarted} event whose
 * listener call returned before a request's handling began is in that request's {@code
 * recentFailures}. Once {@link #close()} has returned, no request is served and no event is
 * recorded any more. The tree and the accounting are read while the actors run, with the
 * precision that {@link dev.rt.TreeSnapshot} and {@link dev.rt.Accounting} document.
 */
public final class Observer implements AutoCloseable {

    private static final int THREADS = 2;
    private static final int QUEUE = 16;
    private static final byte[] PAGE = page();

    private final ActorSystem system;
    private final Clock clock;
    private final FailureLog failures;
    private final long windowMillis;
    private final byte[] tokenDigest; // null: no token
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final EventStream.Subscription failed;
    private final EventStream.Subscription restarted;
    private final URI uri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Observer(ActorSystem system, ObserverConfig config, InetAddress address, Clock clock)
            throws IOException {
        this.system = system;
        this.clock = clock;
        this.windowMillis = config.recentFailureWindow().toMillis();
        this.failures = new FailureLog(config.maxRecentFailures(), windowMillis);
        this.tokenDigest = config.token().map(Observer::digest).orElse(null);
        this.server = HttpServer.create(new InetSocketAddress(address, config.port()), 0);
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads("rt-observer-" + system.name() + "-"),
                new ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        EventStream.Subscription f = null;
        EventStream.Subscription r = null;
        try {
            f = system.events().subscribe(MonitorEvent.ActorFailed.class,
                    e -> failures.record(e, clock.millis()));
            r = system.events().subscribe(MonitorEvent.ActorRestarted.class,
                    e -> failures.record(e, clock.millis()));
            startOnDaemonThread(server);
        } catch (RuntimeException | IOException | Error e) {
            if (f != null) {
                f.close();
            }
            if (r != null) {
                r.close();
            }
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
        this.failed = f;
        this.restarted = r;
        String host = address.isAnyLocalAddress() ? ObserverConfig.LOOPBACK
                : address.getHostAddress();
        try {
            this.uri = new URI("http", null, host, server.getAddress().getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            close();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an observer of {@code system}: binds the address and port of {@code config},
     * subscribes to the system's failures and restarts, and serves the page until {@link
     * #close()}. Call it from any thread, as many times as wanted (each observer has its own
     * port and threads).
     *
     * @param system the system to show
     * @param config where to listen and how to check requests
     * @return the running observer; close it to stop it
     * @throws TokenRequiredException if the address is not a loopback address and the
     *     configuration has no token
     * @throws IOException if the address cannot be resolved or bound (a port in use)
     */
    public static Observer start(ActorSystem system, ObserverConfig config) throws IOException {
        return start(system, config, Clock.systemUTC());
    }

    static Observer start(ActorSystem system, ObserverConfig config, Clock clock)
            throws IOException {
        InetAddress address = InetAddress.getByName(config.bindAddress());
        if (!address.isLoopbackAddress() && config.token().isEmpty()) {
            throw new TokenRequiredException(config.bindAddress());
        }
        return new Observer(system, config, address, clock);
    }

    /**
     * {@return the page's address, such as {@code http://127.0.0.1:8080/}, with the port
     * actually bound; {@code 127.0.0.1} stands for a wildcard bind address. It holds no token:
     * add {@code ?token=...} when one is configured}
     */
    public URI uri() {
        return uri;
    }

    /**
     * Stops serving: closes the server and its connections, ends the event subscriptions and
     * stops the threads, waiting up to 5 seconds for requests being served. Idempotent; call
     * it from any thread but the observer's own.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        failed.close();
        restarted.close();
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** {@return the address and whether it is closed} */
    @Override
    public String toString() {
        return "Observer[" + system.name() + " at " + uri + (closed.get() ? ", closed]" : "]");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            int denied = denied(exchange);
            if (denied != 0) {
                if (denied == 401) {
                    headers.set("WWW-Authenticate", "Bearer realm=\"rt-observer\"");
                }
                text(exchange, denied, denied == 401 ? "a token is required\n"
                        : "forbidden\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                text(exchange, 405, "GET or HEAD only\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/", "/index.html" -> {
                    headers.set("Content-Type", "text/html; charset=utf-8");
                    headers.set("Content-Security-Policy", "default-src 'none'; script-src"
                            + " 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self';"
                            + " img-src data:; base-uri 'none'; form-action 'none';"
                            + " frame-ancestors 'none'");
                    send(exchange, 200, PAGE);
                }
                case "/api/tree" -> {
                    long now = clock.millis();
                    String json = TreeJson.write(system.snapshot(), system.accounting(),
                            failures.recent(now), windowMillis, now);
                    headers.set("Content-Type", "application/json; charset=utf-8");
                    send(exchange, 200, json.getBytes(StandardCharsets.UTF_8));
                }
                default -> text(exchange, 404, "not found\n");
            }
        }
    }

    /** {@return 0 if the request may be served, else the status that refuses it} */
    private int denied(HttpExchange exchange) {
        if (tokenDigest == null) {
            return loopbackHost(exchange.getRequestHeaders().getFirst("Host")) ? 0 : 403;
        }
        String given = null;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).trim();
        } else {
            given = queryParameter(exchange.getRequestURI().getRawQuery(), "token");
        }
        if (given == null) {
            return 401;
        }
        // Digests of equal length, compared in time independent of where they differ.
        return MessageDigest.isEqual(digest(given), tokenDigest) ? 0 : 403;
    }

    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return name.equalsIgnoreCase("localhost") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> Thread.ofPlatform().daemon().name(prefix + n.incrementAndGet())
                .unstarted(task);
    }

    /**
     * Starts the server from a daemon thread: the JDK's server creates its dispatcher thread in
     * {@code start()}, and a new thread is a daemon when the thread that creates it is one.
     */
    private static void startOnDaemonThread(HttpServer server) throws IOException {
        FutureTask<Void> start = new FutureTask<>(server::start, null);
        Thread.ofPlatform().daemon().name("rt-observer-start").start(start);
        try {
            start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the observer", e);
        } catch (ExecutionException e) {
            throw new IOException("the observer's server did not start", e.getCause());
        }
    }

    private static byte[] page() {
        try (InputStream in = Observer.class.getResourceAsStream("observer.html")) {
            if (in == null) {
                throw new IllegalStateException("observer.html is missing from rt-observer");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
