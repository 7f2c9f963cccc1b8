package dev.rt.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server, over HTTP on 127.0.0.1 only: no test binds another address. */
class ObserverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private ActorSystem system;

    @BeforeEach
    void createSystem() {
        system = ActorSystem.create("observed");
    }

    @AfterEach
    void closeSystem() {
        system.close();
    }

    private HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onLoopbackWithoutATokenThePageAndTheTreeAreServed() throws Exception {
        try (Observer observer = Observer.start(system, ObserverConfig.defaults())) {
            URI uri = observer.uri();
            assertEquals("http", uri.getScheme());
            assertEquals("127.0.0.1", uri.getHost());
            assertTrue(uri.getPort() > 0, uri.toString());

            HttpResponse<String> page = get(uri);
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.body().contains("<title>RT observer</title>"), page.body());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());

            HttpResponse<String> tree = get(uri.resolve("/api/tree"));
            assertEquals(200, tree.statusCode());
            assertEquals("application/json; charset=utf-8",
                    tree.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(tree.body().startsWith("{\"system\":\"observed\",\"accounting\":{"),
                    tree.body());
            assertTrue(tree.body().endsWith("\"actors\":[],\"recentFailureWindowMillis\":60000,"
                    + "\"recentFailures\":[]}"), tree.body());
        }
    }

    @Test
    void aNonLoopbackAddressWithoutATokenIsRefusedBeforeBinding() {
        TokenRequiredException e = assertThrows(TokenRequiredException.class,
                () -> Observer.start(system, ObserverConfig.builder().bindAddress("0.0.0.0")
                        .build()));
        assertTrue(e.getMessage().contains("0.0.0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("ObserverConfig.builder().token("), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test
    void withATokenEveryRequestMustCarryTheRightOne() throws Exception {
        String token = "s3cret-t0ken/+=";
        try (Observer observer = Observer.start(system, ObserverConfig.builder()
                .token(token).build())) {
            URI tree = observer.uri().resolve("/api/tree");
            URI page = observer.uri();

            HttpResponse<String> none = get(tree);
            assertEquals(401, none.statusCode());
            assertEquals("Bearer realm=\"rt-observer\"",
                    none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals(401, get(page).statusCode());
            assertEquals(401, get(observer.uri().resolve("/no-such-page")).statusCode(),
                    "nothing is revealed without the token, not even what exists");

            assertEquals(403, get(tree, "Authorization", "Bearer wrong").statusCode());
            assertEquals(403, get(URI.create(tree + "?token=wrong")).statusCode());
            assertEquals(403, get(URI.create(tree + "?token=" + token.substring(1)))
                    .statusCode());
            assertEquals(403, get(tree, "Authorization", "Bearer " + token + "x").statusCode());

            assertEquals(200, get(tree, "Authorization", "Bearer " + token).statusCode());
            assertEquals(200, get(URI.create(tree + "?token=s3cret-t0ken%2F%2B%3D"))
                    .statusCode());
            HttpResponse<String> ok = get(URI.create(page + "?token=s3cret-t0ken%2F%2B%3D"));
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("<title>RT observer</title>"));
        }
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() throws Exception {
        try (Observer observer = Observer.start(system, ObserverConfig.defaults())) {
            assertEquals(404, get(observer.uri().resolve("/api/nope")).statusCode());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(observer.uri()
                    .resolve("/api/tree")).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void withoutATokenAHostOtherThanLoopbackIsRefused() throws Exception {
        try (Observer observer = Observer.start(system, ObserverConfig.defaults())) {
            assertEquals(403, rawStatus(observer.uri(), "evil.example:" + observer.uri()
                    .getPort()));
            assertEquals(200, rawStatus(observer.uri(), "localhost:" + observer.uri()
                    .getPort()));
        }
    }

    /** One request over a socket, since HttpClient does not let a test set {@code Host}. */
    private static int rawStatus(URI uri, String host) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/tree HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    @Test
    void hostHeadersThatNameLoopback() {
        assertTrue(Observer.loopbackHost("localhost"));
        assertTrue(Observer.loopbackHost("LOCALHOST:8080"));
        assertTrue(Observer.loopbackHost("127.0.0.1:8080"));
        assertTrue(Observer.loopbackHost("127.1.2.3"));
        assertTrue(Observer.loopbackHost("[::1]:8080"));
        assertFalse(Observer.loopbackHost(null));
        assertFalse(Observer.loopbackHost("127.0.0.1.evil.example"));
        assertFalse(Observer.loopbackHost("localhost.evil.example:80"));
        assertFalse(Observer.loopbackHost("[::2]:8080"));
        assertFalse(Observer.loopbackHost("10.0.0.1"));
    }

    @Test
    void theTokenQueryParameterIsDecoded() {
        assertEquals("a b/+", Observer.queryParameter("x=1&token=a+b%2F%2B", "token"));
        assertEquals("", Observer.queryParameter("token", "token"));
        assertNull(Observer.queryParameter("tokens=1", "token"));
        assertNull(Observer.queryParameter(null, "token"));
    }

    @Test
    void closeStopsTheServerAndIsIdempotent() throws Exception {
        Observer observer = Observer.start(system, ObserverConfig.defaults());
        URI uri = observer.uri();
        assertEquals(200, get(uri).statusCode());
        observer.close();
        observer.close();
        assertThrows(ConnectException.class, () -> get(uri));
        assertTrue(observer.toString().endsWith(", closed]"), observer.toString());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("rt-observer-observed-")),
                "the observer's threads have stopped");
    }

    @Test
    void theServersThreadsAreDaemons() throws Exception {
        try (Observer observer = Observer.start(system, ObserverConfig.defaults())) {
            assertEquals(200, get(observer.uri()).statusCode());
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("rt-observer-observed-")
                            || t.getName().equals("HTTP-Dispatcher"))
                    .allMatch(Thread::isDaemon));
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("rt-observer-observed-")));
        }
    }

    @Test
    void aBusyPortIsAnIOException() throws Exception {
        try (Observer first = Observer.start(system, ObserverConfig.defaults())) {
            assertThrows(IOException.class, () -> Observer.start(system, ObserverConfig.builder()
                    .port(first.uri().getPort()).build()));
        }
    }
}
