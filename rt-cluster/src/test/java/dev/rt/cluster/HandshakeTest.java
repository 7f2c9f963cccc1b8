package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members compare their wire protocols when they meet, and refuse what they would misread. */
class HandshakeTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    @Test
    void aNodeWhoseProtocolCannotTalkToTheClustersIsRefusedWithTheDifference()
            throws Exception {
        Nodes.Node a = nodes.start("a", AccountMsgCodec.INSTANCE);
        IncompatibleProtocolException e = assertThrows(IncompatibleProtocolException.class,
                () -> nodes.start("b", IncompatibleAccountCodec.INSTANCE));
        String m = e.getMessage();
        assertTrue(m.contains(AccountMsg.class.getName()), m);
        assertTrue(m.contains("AccountMsg.Deposit") && m.contains("amount")
                && m.contains("String") && m.contains("long"), m);
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberRefused r
                && r.path().equals("/cluster/b") && r.reason().contains("AccountMsg.Deposit"));
        // the refused node has left: the cluster is a alone again
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberLeft left
                && left.path().equals("/cluster/b"));
        assertEquals(1, a.cluster().members().size(), a.cluster().members().toString());
    }

    /**
     * The race of the two HELLOs: a reads b's HELLO, and refuses b, before its own HELLO to b has
     * gone out. a's HELLO must still go to b, or b never learns of the refusal and waits out its
     * join timeout. a's flushes are held until a has refused b, which forces that order.
     */
    @Test
    void aMemberThatRefusesANodeBeforeItsHelloWentOutStillSendsItsHello() throws Exception {
        FlushGate gate = new FlushGate();
        Nodes.Node a = nodes.startFlushingVia("a", gate, AccountMsgCodec.INSTANCE);
        gate.hold();
        CompletableFuture<Nodes.Node> b = CompletableFuture.supplyAsync(
                () -> nodes.start("b", IncompatibleAccountCodec.INSTANCE));
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberRefused r
                && r.path().equals("/cluster/b"));
        assertTrue(gate.held() > 0, "a's HELLO to b is held until a has refused b");
        gate.release();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> b.get(60, TimeUnit.SECONDS));
        IncompatibleProtocolException refused = assertInstanceOf(
                IncompatibleProtocolException.class, e.getCause(), () -> "b heard of the refusal"
                        + " from a's HELLO, not by its join timeout: " + e.getCause());
        assertTrue(refused.getMessage().contains("AccountMsg.Deposit"), refused.getMessage());
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberLeft left
                && left.path().equals("/cluster/b"));
    }

    @Test
    void nodesWithTheSameProtocolsJoinAndNodesWithoutACommonProtocolToo() {
        Nodes.Node a = nodes.start("a", AccountMsgCodec.INSTANCE);
        Nodes.Node b = nodes.start("b", AccountMsgCodec.INSTANCE);
        assertEquals(2, b.cluster().members().size());
        assertTrue(a.monitor().all(MonitorEvent.MemberRefused.class).isEmpty());
    }

    /** Holds the flushes a node hands it while held; hands them on, in order, when released. */
    private static final class FlushGate implements UnaryOperator<Executor> {

        private final List<Runnable> held = new ArrayList<>();
        private Executor sender;
        private boolean holding;

        @Override
        public synchronized Executor apply(Executor sender) {
            this.sender = sender;
            return this::execute;
        }

        private synchronized void execute(Runnable flush) {
            if (holding) {
                held.add(flush);
            } else {
                sender.execute(flush);
            }
        }

        synchronized void hold() {
            holding = true;
        }

        synchronized int held() {
            return held.size();
        }

        synchronized void release() {
            holding = false;
            held.forEach(sender::execute);
            held.clear();
        }
    }
}
