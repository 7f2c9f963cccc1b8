package dev.rt.bench.remote;

import dev.rt.ActorSystem;
import dev.rt.cluster.ClusterConfig;
import dev.rt.cluster.ClusterNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRefResolver;

/**
 * The other JVM of the remote benchmarks: a sink on RT's cluster, or on Pekko Artery, on
 * 127.0.0.1. It prints {@code READY} (with the sink's address for Pekko) and runs until its
 * standard input closes, so that it also ends with the benchmark's JVM.
 *
 * <p>Arguments: {@code rt <port> <initial members>} or {@code pekko <port>}.
 */
public final class RemoteHost {

    private RemoteHost() {}

    /**
     * @param args see the class comment
     * @throws Exception if the host cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("rt")) {
            ActorSystem system = ActorSystem.create("host");
            ClusterNode node = ClusterNode.join(system, ClusterConfig.builder("bench")
                    .nodeName("host").bindPort(Integer.parseInt(args[1]))
                    .initialMembers(args[2].split(",")).codecs(WireMsgCodec.INSTANCE).build());
            node.publish("sink", WireSinkHandle.spawn(system, "sink", WireSink::new).ref());
            System.out.println("READY");
            System.out.flush();
            waitForEndOfInput();
            node.close();
            system.close();
        } else {
            var system = org.apache.pekko.actor.typed.ActorSystem.create(PekkoRemote.sink(),
                    "host", PekkoRemote.config(Integer.parseInt(args[1])));
            System.out.println("READY " + ActorRefResolver.get(system)
                    .toSerializationFormat(system));
            System.out.flush();
            waitForEndOfInput();
            system.terminate();
        }
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // until the benchmark's JVM closes our input, or ends
        }
    }

    /** A host process, ended by {@link #close()}. */
    static final class Process implements AutoCloseable {
        final java.lang.Process process;
        /** What followed READY on the host's first line. */
        final String info;

        Process(String... args) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = new ArrayList<>(List.of(java, "-Djava.net.preferIPv4Stack=true",
                    "-Xms512m", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                    RemoteHost.class.getName()));
            cmd.addAll(List.of(args));
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            BufferedReader out = new BufferedReader(new InputStreamReader(
                    process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("READY")) {
                            ready.complete(line.substring("READY".length()).strip());
                        }
                    }
                } catch (IOException ended) {
                    // the host has gone
                }
                ready.completeExceptionally(new IllegalStateException("the host ended"));
            });
            reader.setDaemon(true);
            reader.start();
            try {
                info = ready.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw e;
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@return a loopback port whose failure-detection companion (port + 100) is free too} */
    static int freePort() throws IOException {
        return dev.rt.cluster.ClusterConfig.freeLoopbackPort();
    }
}
