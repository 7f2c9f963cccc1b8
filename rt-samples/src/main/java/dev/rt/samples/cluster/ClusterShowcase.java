package dev.rt.samples.cluster;

import dev.rt.cluster.ClusterConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The distributed showcase: the trading system across three JVMs on this machine, one {@link
 * TradingNode} each (executor, risk manager, quote source), on 127.0.0.1. It lets orders flow,
 * kills the risk manager's JVM with {@code SIGKILL}, shows the feed's node noticing and its
 * supervisor restarting the source until a risk manager is registered again, starts the risk
 * node again on its port (a new incarnation), and shows the orders flowing again. Every JVM it
 * starts is ended before it returns, whatever happens.
 *
 * <p>Run it with {@code mvn install -DskipTests -Pcluster-showcase} (see docs/distribution.md).
 */
public final class ClusterShowcase {

    private static final long WAIT_SECONDS = 90;

    private ClusterShowcase() {}

    /** A node's JVM: its output printed with a prefix and kept for {@link #await}. */
    private static final class Node implements AutoCloseable {
        final String role;
        final Process process;
        final Writer in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        /** Orders this node has executed: each prints one line. */
        final AtomicInteger executions = new AtomicInteger();

        Node(String role, int port, String members) throws IOException {
            this.role = role;
            String java = ProcessHandle.current().info().command().orElse("java");
            this.process = new ProcessBuilder(java, "-Djava.net.preferIPv4Stack=true",
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    TradingNode.class.getName(), role, Integer.toString(port), members)
                    .redirectErrorStream(true).start();
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(
                        process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.contains("executor: executed ORDER-")) {
                            executions.incrementAndGet();
                        }
                        if (shown(line)) { // printed before awaited: in order with "== n."
                            System.out.printf("[%-8s] %s%n", role, line.strip());
                        }
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process has gone
                }
            }, "showcase-" + role);
            reader.setDaemon(true);
            reader.start();
            System.out.printf("== started the %s node: pid %d, port %d%n", role, process.pid(),
                    port);
        }

        /** Every line but most executions: one in ten is enough to see them flow. */
        private static boolean shown(String line) {
            int at = line.indexOf("executed ORDER-");
            if (at < 0 || line.startsWith("STATUS")) {
                return !line.contains("DEBUG") && !line.startsWith("STATUS");
            }
            String n = line.substring(at + "executed ORDER-".length()).split(" ")[0];
            return n.endsWith("0");
        }

        /**
         * Waits for a line that matches, dropping the lines before it.
         *
         * @return the line
         */
        String await(Predicate<String> match) throws InterruptedException {
            return awaitAll(List.of(match)).get(0);
        }

        /**
         * Waits until each of {@code matches} has matched a line, in any order, dropping the
         * lines that match none: a node's lines from two of its actors may come in either order
         * (the source can say it is sending before the node says it is ready).
         *
         * @return the lines, in the order of {@code matches}
         */
        List<String> awaitAll(List<Predicate<String>> matches) throws InterruptedException {
            String[] found = new String[matches.size()];
            int left = found.length;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            for (long wait; left > 0 && (wait = deadline - System.nanoTime()) > 0; ) {
                String line = lines.poll(wait, TimeUnit.NANOSECONDS);
                for (int i = 0; line != null && i < found.length; i++) {
                    if (found[i] == null && matches.get(i).test(line)) {
                        found[i] = line;
                        left--;
                        line = null;
                    }
                }
            }
            if (left > 0) {
                throw new IllegalStateException("the " + role + " node did not get there in "
                        + WAIT_SECONDS + " s");
            }
            return List.of(found);
        }

        int executed() throws IOException, InterruptedException {
            in.write("status\n");
            in.flush();
            return Integer.parseInt(await(l -> l.startsWith("STATUS")).split(" ")[1]);
        }

        void quit() throws IOException, InterruptedException {
            if (process.isAlive()) {
                in.write("quit\n");
                in.flush();
                process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
            try {
                process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs the showcase.
     *
     * @param args not used
     * @throws Exception if a node does not start or get where it should
     */
    public static void main(String[] args) throws Exception {
        int[] ports = {ClusterConfig.freeLoopbackPort(), ClusterConfig.freeLoopbackPort(),
            ClusterConfig.freeLoopbackPort()};
        String members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:"
                + ports[2];
        System.out.println("== RT distributed showcase: the trading system on three JVMs,"
                + " members " + members);
        List<Node> started = new ArrayList<>();
        try {
            Node executor = start(started, "executor", ports[0], members);
            executor.await(l -> l.startsWith("READY"));
            Node risk = start(started, "risk", ports[1], members);
            risk.await(l -> l.startsWith("READY"));
            Node feed = start(started, "feed", ports[2], members);
            feed.awaitAll(List.of(l -> l.startsWith("READY"), l -> l.contains("feed: sending")));
            awaitExecuted(executor, 20);
            System.out.printf("== 1. orders flow: %d executed%n", executor.executed());

            System.out.printf("== 2. kill -9 the risk node (pid %d)%n", risk.process.pid());
            risk.process.destroyForcibly();
            risk.process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            feed.await(l -> l.contains("member left: /cluster/risk"));
            // two restarts: with the dependency's failure, then with the failed lookup; counted
            // here, not by their numbers (a lookup during the feed's join may have failed too)
            for (int i = 0; i < 2; i++) {
                feed.await(l -> l.contains("/user/market/source restarted (#"));
            }
            System.out.printf("== the feed's source failed with its dependency's node and is"
                    + " restarted with backoff until a risk manager is registered; executed"
                    + " so far: %d%n", executor.executed());

            System.out.println("== 3. start the risk node again, on the same port: a new"
                    + " incarnation");
            Node again = start(started, "risk", ports[1], members);
            again.await(l -> l.startsWith("READY"));
            feed.await(l -> l.contains("feed: sending"));
            int before = executor.executed();
            awaitExecuted(executor, before + 20);
            System.out.printf("== 4. orders flow again: %d executed (%d before the new risk"
                    + " node)%n", executor.executed(), before);
            for (Node n : List.of(feed, again, executor)) {
                n.quit();
            }
            System.out.println("done");
        } finally {
            for (Node n : started) {
                n.close();
            }
        }
    }

    private static Node start(List<Node> started, String role, int port, String members)
            throws IOException {
        Node n = new Node(role, port, members);
        started.add(n);
        return n;
    }

    private static void awaitExecuted(Node executor, int atLeast) throws InterruptedException {
        if (executor.executions.get() < atLeast) {
            executor.await(l -> executor.executions.get() >= atLeast);
        }
    }
}
