package dev.rt.cluster;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.RecordingMonitor;
import dev.rt.TimerService;
import dev.rt.wire.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Nodes of one in-JVM cluster (JGroups' SHARED_LOOPBACK: no sockets), each with a system of its
 * own and a monitor that records its events; all closed by {@link #close()}.
 */
final class Nodes implements AutoCloseable {

    record Node(ActorSystem system, ClusterNode cluster, RecordingMonitor monitor) {}

    private final String cluster = "test-" + UUID.randomUUID();
    private final List<Node> started = new ArrayList<>();

    Node start(String name, WireCodec<?>... codecs) {
        return start(name, null, codecs);
    }

    /** A node whose system's time is {@code clock}'s (null: real time). */
    Node start(String name, TimerService clock, WireCodec<?>... codecs) {
        return start(name, clock, b -> { }, codecs);
    }

    /** A node whose cluster configuration {@code tweak} completes (a secret, a quorum...). */
    Node startWith(String name, Consumer<ClusterConfig.Builder> tweak, WireCodec<?>... codecs) {
        return start(name, null, tweak, codecs);
    }

    /** A node whose flushes run through {@code flushVia}'s wrapper of its sender thread. */
    Node startFlushingVia(String name, UnaryOperator<Executor> flushVia,
            WireCodec<?>... codecs) {
        return start(name, null, b -> { }, flushVia, codecs);
    }

    private Node start(String name, TimerService clock, Consumer<ClusterConfig.Builder> tweak,
            WireCodec<?>... codecs) {
        return start(name, clock, tweak, UnaryOperator.identity(), codecs);
    }

    private Node start(String name, TimerService clock, Consumer<ClusterConfig.Builder> tweak,
            UnaryOperator<Executor> flushVia, WireCodec<?>... codecs) {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystemConfig.Builder config = ActorSystemConfig.builder().monitor(monitor);
        if (clock != null) {
            config.timerService(clock);
        }
        ActorSystem system = ActorSystem.create(name, config.build());
        try {
            ClusterConfig.Builder builder = ClusterConfig.builder(cluster)
                    .nodeName(name).transport(ClusterConfig.Transport.IN_JVM)
                    .codecs(codecs.length == 0
                            ? new WireCodec<?>[] {AccountMsgCodec.INSTANCE} : codecs);
            tweak.accept(builder);
            ClusterNode node = ClusterNode.join(system, builder.build(), flushVia);
            Node n = new Node(system, node, monitor);
            started.add(n);
            return n;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /**
     * Returns once {@code to} has handled everything that {@code from} sent it before: a lookup's
     * round trip, which travels behind it through the same outbox and is handled by the same
     * delivery thread of {@code to}, in order.
     */
    static void barrier(Node from, Node to) throws Exception {
        try {
            from.cluster().lookup(to.cluster().self(), "rt-test-barrier", AccountMsgCodec.INSTANCE)
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof NoSuchElementException)) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        for (Node n : started) {
            n.cluster().close();
            n.system().close();
        }
    }
}
