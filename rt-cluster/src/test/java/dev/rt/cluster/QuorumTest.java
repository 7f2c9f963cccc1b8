package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.MonitorEvent;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quorum rule: a node cut off from the majority of a 3-node cluster loses its quorum,
 * stops its cluster actors and refuses remote sends; the majority goes on; a healed split
 * merges and the cut node regains its quorum.
 */
class QuorumTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    private Nodes.Node start(String name) {
        return nodes.startWith(name, b -> b.quorum(3).jgroupsXml(Partitions.STACK));
    }

    private static AccountHandle lookup(Nodes.Node from, Nodes.Node host, String name)
            throws Exception {
        return AccountHandle.of(await(from.cluster().lookup(host.cluster().self(), name,
                AccountMsgCodec.INSTANCE)));
    }

    @Test
    void theMinorityStopsItsClusterActorsAndTheMajorityGoesOn() throws Exception {
        Nodes.Node a = start("a");
        Nodes.Node b = start("b");
        Nodes.Node c = start("c");
        for (Nodes.Node n : List.of(a, b, c)) {
            n.monitor().await(2, e -> e instanceof MonitorEvent.MemberUp);
            n.monitor().await(1, e -> e instanceof MonitorEvent.QuorumRegained);
            assertTrue(n.cluster().hasQuorum(), n.cluster().toString());
        }
        AccountHandle onA = AccountHandle.spawn(a.system(), "on-a", Account::new);
        a.cluster().publish("on-a", onA.ref());
        AccountHandle onB = AccountHandle.spawn(b.system(), "on-b", Account::new);
        b.cluster().publish("on-b", onB.ref());
        AccountHandle bFromA = lookup(a, b, "on-b");
        assertEquals(0L, await(bFromA.balance()));

        Partitions.cut(List.of(a.cluster()), List.of(b.cluster(), c.cluster()));

        // the minority: {a}
        a.monitor().await(1, e -> e instanceof MonitorEvent.QuorumLost l
                && l.path().equals("/cluster/a") && l.seen() == 1 && l.needed() == 2);
        a.monitor().awaitStopped(onA.ref().path());
        assertFalse(a.cluster().hasQuorum());
        QuorumLostException refused = assertInstanceOf(QuorumLostException.class,
                failure(bFromA.balance()));
        assertEquals(1, refused.seen());
        assertEquals(2, refused.needed());
        bFromA.deposit(5);
        a.monitor().await(1, e -> e instanceof MonitorEvent.DeadLetter d
                && d.message() instanceof AccountMsg.Deposit
                && d.reason().contains("a quorum takes"));

        // the majority: {b, c} keep their quorum, and b's actor keeps serving c
        for (Nodes.Node n : List.of(b, c)) {
            n.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft l
                    && l.path().equals("/cluster/a"));
            assertTrue(n.cluster().hasQuorum(), n.cluster().toString());
        }
        AccountHandle bFromC = lookup(c, b, "on-b");
        bFromC.deposit(7);
        assertEquals(7L, await(bFromC.balance()));

        Partitions.heal(a.cluster(), b.cluster(), c.cluster());

        // merged: a regains its quorum and meets b and c afresh; its stopped actor stays stopped
        a.monitor().await(2, e -> e instanceof MonitorEvent.QuorumRegained r
                && r.path().equals("/cluster/a"));
        assertTrue(a.cluster().hasQuorum());
        a.monitor().await(4, e -> e instanceof MonitorEvent.MemberUp);
        AccountHandle bFromAAgain = lookup(a, b, "on-b");
        assertEquals(7L, await(bFromAAgain.balance()));
        assertInstanceOf(NoSuchElementException.class, failure(c.cluster().lookup(
                a.cluster().self(), "on-a", AccountMsgCodec.INSTANCE)));
        for (Nodes.Node n : List.of(b, c)) {
            assertTrue(n.monitor().all(MonitorEvent.QuorumLost.class).isEmpty(),
                    n.monitor().all(MonitorEvent.QuorumLost.class).toString());
        }
    }

    @Test
    void underShutdownSystemTheMinorityClosesItsSystemAndKeepRunningOnlyReports()
            throws Exception {
        Nodes.Node a = nodes.startWith("a", b -> b.quorum(3).jgroupsXml(Partitions.STACK)
                .splitPolicy(SplitPolicy.SHUTDOWN_SYSTEM));
        Nodes.Node b = nodes.startWith("b", c -> c.quorum(3).jgroupsXml(Partitions.STACK)
                .splitPolicy(SplitPolicy.KEEP_RUNNING));
        Nodes.Node c = start("c");
        for (Nodes.Node n : List.of(a, b, c)) {
            n.monitor().await(2, e -> e instanceof MonitorEvent.MemberUp);
        }
        AccountHandle onB = AccountHandle.spawn(b.system(), "on-b", Account::new);
        b.cluster().publish("on-b", onB.ref());

        // {a} and {b} are each a minority of 3; c too
        Partitions.cut(List.of(a.cluster()), List.of(b.cluster(), c.cluster()));
        Partitions.cut(List.of(b.cluster()), List.of(c.cluster()));

        a.monitor().await(1, e -> e instanceof MonitorEvent.QuorumLost);
        a.system().whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        b.monitor().await(1, e -> e instanceof MonitorEvent.QuorumLost l && l.seen() == 1);
        assertEquals(0L, await(onB.balance())); // KEEP_RUNNING: still there
        assertTrue(b.monitor().all(MonitorEvent.ActorStopped.class).isEmpty());
    }

    @Test
    void aQuorumNeedsAMajorityOfTheConfiguredSize() {
        assertEquals(2, ClusterConfig.builder("c").quorum(3).build().quorumNeeded());
        assertEquals(3, ClusterConfig.builder("c").quorum(4).build().quorumNeeded());
        assertEquals(0, ClusterConfig.builder("c").quorum(0).build().quorumNeeded());
        assertEquals(0, ClusterConfig.builder("c").build().quorumNeeded());
        assertEquals(0, ClusterConfig.builder("c").initialMembers("h:1", "h:2").build()
                .quorumNeeded());
        ClusterConfig four = ClusterConfig.builder("c").initialMembers("h:1", "h:2", "h:3",
                "h:4", "h:1").build();
        assertEquals(4, four.quorum()); // distinct initial members
        assertEquals(3, four.quorumNeeded());
        assertEquals(SplitPolicy.STOP_CLUSTER_ACTORS, ClusterConfig.builder("c").build()
                .splitPolicy());
    }
}
