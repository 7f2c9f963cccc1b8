package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import dev.rt.internal.RemoteSupport;
import dev.rt.wire.WireSchema;
import dev.rt.wire.WireWriter;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Frames that a node cannot read: each is dropped and reported (a monitor event; a dead letter,
 * counted, when it held a message), and the node goes on delivering what it can read. Sent from
 * a raw JGroups channel in the same in-JVM cluster, as a broken or hostile peer would.
 */
class BadFrameTest {

    private final Nodes nodes = new Nodes();
    private JChannel raw;

    @AfterEach
    void close() {
        if (raw != null) {
            raw.close();
        }
        nodes.close();
    }

    private Address rawPeerOf(Nodes.Node target) throws Exception {
        try (InputStream stack = ClusterNode.class.getResourceAsStream("in-jvm.xml")) {
            raw = new JChannel(stack);
        }
        raw.setName("raw");
        raw.connect(target.cluster().config().clusterName()); // returns once it is a member
        return raw.getView().getMembers().stream()
                .filter(a -> !a.equals(raw.getAddress())).findFirst().orElseThrow();
    }

    /** Publishes {@code account} on {@code node}, and returns its id on the wire. */
    private static long publish(Nodes.Node node, AccountHandle account) {
        node.cluster().publish(account.ref().name(), account.ref());
        return RemoteSupport.identity(account.ref());
    }

    private static byte[] frame(byte kind, long actor, byte[] message) {
        WireWriter w = new WireWriter();
        w.writeByte(Kind.MAGIC);
        w.writeByte(kind);
        int mark = w.beginBody();
        w.writeLong(actor);
        w.writeRaw(message, 0, message.length);
        w.endBody(mark);
        return w.toByteArray();
    }

    private static byte[] deposit(long amount) {
        WireWriter w = new WireWriter();
        AccountMsgCodec.INSTANCE.encode(new AccountMsg.Deposit(amount), w);
        return w.toByteArray();
    }

    @Test
    void malformedFramesAreDroppedAndReportedAndTheNodeGoesOn() throws Exception {
        Nodes.Node a = nodes.start("a");
        AccountHandle account = AccountHandle.spawn(a.system(), "acc", Account::new);
        long id = publish(a, account);
        Address to = rawPeerOf(a);

        raw.send(new BytesMessage(to, new byte[] {1, 2, 3})); // no magic
        raw.send(new BytesMessage(to, new byte[] {Kind.MAGIC, Kind.TELL, 0, 0})); // header cut
        byte[] unknownTag = deposit(5);
        unknownTag[0] ^= 0x55; // another tag
        raw.send(new BytesMessage(to, frame(Kind.TELL, id, unknownTag)));
        byte[] truncated = deposit(5);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 3);
        raw.send(new BytesMessage(to, frame(Kind.TELL, id, cut)));
        raw.send(new BytesMessage(to, frame((byte) 99, id, new byte[0]))); // unknown kind
        raw.send(new BytesMessage(to, frame(Kind.TELL, 987_654_321L, deposit(1)))); // no actor
        raw.send(new BytesMessage(to, frame(Kind.TELL, id, deposit(40)))); // a good one
        raw.send(new BytesMessage(to, frame(Kind.TELL, id, deposit(2)))); // and another

        a.monitor().await(6, e -> e instanceof MonitorEvent.FrameDropped
                || (e instanceof MonitorEvent.DeadLetter d && d.path().contains("987654321")));
        // the two good frames follow the bad ones from the same peer, in order; the balance is
        // asked here, locally, so ask until they have been delivered
        long balance = -1;
        int asks = 0;
        for (; asks < 3000 && balance != 42; asks++) {
            balance = account.balance().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        assertEquals(42L, balance, "the readable messages were delivered after the unreadable ones");
        var dropped = a.monitor().all(MonitorEvent.FrameDropped.class);
        assertTrue(dropped.stream().anyMatch(d -> d.reason().contains("not an RT frame")),
                dropped.toString());
        assertTrue(dropped.stream().anyMatch(d -> d.reason().contains("unknown tag")),
                dropped.toString());
        assertTrue(dropped.stream().anyMatch(d -> d.reason().contains("truncated")),
                dropped.toString());
        assertTrue(dropped.stream().anyMatch(d -> d.reason().contains("unknown envelope kind")),
                dropped.toString());
        // the two unreadable messages and the one for no actor are dead letters, counted
        // the accounting is exact once the system has terminated (the last ask is counted when
        // its handler returns, after its reply left): end it, then read
        int expectedProcessed = 2 + asks; // 40, 2, and the asks
        a.cluster().close();
        a.system().close();
        a.system().whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        var accounting = a.system().accounting();
        assertEquals(3, accounting.deadLettered(), accounting.toString());
        assertEquals(expectedProcessed, accounting.processed(), accounting.toString());
    }

    @Test
    void randomFramesNeverFailTheNode() throws Exception {
        Nodes.Node a = nodes.start("a");
        AccountHandle account = AccountHandle.spawn(a.system(), "acc", Account::new);
        long id = publish(a, account);
        Address to = rawPeerOf(a);
        Random random = new Random(42);
        byte[] good = frame(Kind.TELL, id, deposit(1));
        for (int i = 0; i < 500; i++) {
            byte[] f = good.clone();
            int flips = 1 + random.nextInt(4);
            for (int j = 0; j < flips; j++) {
                f[1 + random.nextInt(f.length - 1)] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
                f = java.util.Arrays.copyOf(f, 1 + random.nextInt(f.length));
            }
            raw.send(new BytesMessage(to, f));
        }
        // mutated frames may still be readable deposits of any amount, to any actor: the
        // check is a good frame to an actor that no mutation addressed, delivered after them
        AccountHandle other = AccountHandle.spawn(a.system(), "other", Account::new);
        raw.send(new BytesMessage(to, frame(Kind.TELL, publish(a, other), deposit(1000))));
        long balance = -1;
        for (int i = 0; i < 3000 && balance != 1000; i++) {
            balance = other.balance().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        assertEquals(1000L, balance, "the last, good frame was delivered");
        assertTrue(a.cluster().members().size() == 2, "the node is still in its cluster");
    }

    @Test
    void aMessageOverTheFrameLimitIsRefusedAtTheSender() throws Exception {
        Nodes.Node a = nodes.start("a");
        AccountHandle local = AccountHandle.spawn(a.system(), "acc", Account::new);
        a.cluster().publish("acc", local.ref());
        Nodes.Node b = nodes.start("b");
        AccountHandle remote = AccountHandle.of(b.cluster().lookup(a.cluster().self(), "acc",
                AccountMsgCodec.INSTANCE).toCompletableFuture().get(30, TimeUnit.SECONDS));
        String huge = "x".repeat((1 << 20) + 1);
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class,
                () -> remote.boom(huge));
        assertTrue(e.getMessage().contains("Boom") && e.getMessage().contains("1048576"),
                e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals(0L, remote.balance().toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertTrue(WireSchema.tagOf("AccountMsg.Boom") != 0);
    }
}
