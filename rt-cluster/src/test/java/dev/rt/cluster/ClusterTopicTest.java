package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cluster topics on an in-JVM cluster: one publish reaches the subscribers of every member once,
 * and no frame goes to a member without subscribers; a departed member's and a terminated
 * subscriber's subscriptions go. Each wait is a round trip ({@link Nodes#barrier}), never a
 * sleep.
 */
class ClusterTopicTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static ClusterTopic<AccountMsg.Deposit> deposits(Nodes.Node n) {
        return n.cluster().topic("deposits", AccountMsg.Deposit.class, AccountMsgCodec.INSTANCE);
    }

    private static AccountHandle subscriber(Nodes.Node n, String name) {
        AccountHandle h = AccountHandle.spawn(n.system(), name, Account::new);
        deposits(n).subscribe(h.ref());
        return h;
    }

    @Test
    void onePublishReachesEverySubscriberOnEveryMemberOnce() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        Nodes.Node c = nodes.start("c");
        Nodes.Node d = nodes.start("d"); // no subscribers
        AccountHandle onA = subscriber(a, "s");
        AccountHandle onB1 = subscriber(b, "s1");
        AccountHandle onB2 = subscriber(b, "s2");
        AccountHandle onC = subscriber(c, "s");
        deposits(d); // d has the topic, and no subscriber
        for (Nodes.Node n : new Nodes.Node[] {b, c, d}) {
            Nodes.barrier(n, a); // a has heard of their subscriptions
        }
        assertEquals(Set.of(a.cluster().self(), b.cluster().self(), c.cluster().self()),
                deposits(a).members());

        assertEquals(3, deposits(a).publish(new AccountMsg.Deposit(10)));
        for (Nodes.Node n : new Nodes.Node[] {b, c, d}) {
            Nodes.barrier(a, n); // n has handled the publish, if one went to it
        }
        for (AccountHandle h : new AccountHandle[] {onA, onB1, onB2, onC}) {
            assertEquals(10L, await(h.balance()), h.ref().path());
        }
        assertEquals(1, a.cluster().topics.sentTo(b.cluster().self()), "one frame for b's two");
        assertEquals(1, a.cluster().topics.sentTo(c.cluster().self()));
        assertEquals(0, a.cluster().topics.sentTo(d.cluster().self()), "nothing to d");
        assertEquals(1, b.cluster().topics.received.get());
        assertEquals(0, d.cluster().topics.received.get());

        // from another member, the same; a topic is the same object for the same name
        assertSame(deposits(d), deposits(d));
        assertEquals(3, deposits(d).publish(new AccountMsg.Deposit(1)));
        for (Nodes.Node n : new Nodes.Node[] {a, b, c}) {
            Nodes.barrier(d, n);
        }
        for (AccountHandle h : new AccountHandle[] {onA, onB1, onB2, onC}) {
            assertEquals(11L, await(h.balance()), h.ref().path());
        }
    }

    @Test
    void aPublishThatNobodySubscribedToGoesToNoOne() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        assertEquals(0, deposits(a).publish(new AccountMsg.Deposit(1)));
        Nodes.barrier(a, b);
        assertEquals(0, b.cluster().topics.received.get());
        assertEquals(0, a.system().accounting().deadLettered());
        assertThrows(IllegalArgumentException.class, () -> a.cluster().topic("deposits",
                AccountMsg.Seq.class, AccountMsgCodec.INSTANCE));
    }

    @Test
    void theSubscriptionsOfADepartedMemberGo() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        subscriber(b, "s");
        Nodes.barrier(b, a);
        assertEquals(Set.of(b.cluster().self()), deposits(a).members());
        b.cluster().close();
        a.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft);
        assertEquals(Set.of(), deposits(a).members());
        assertEquals(0, deposits(a).publish(new AccountMsg.Deposit(1)));
        assertEquals(0, a.cluster().topics.sentTo(b.cluster().self()));
    }

    @Test
    void aTerminatedSubscriberIsRemovedAndItsMemberStopsReceiving() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle s = subscriber(b, "mortal");
        AccountHandle unsubscribed = subscriber(b, "leaver");
        deposits(b).unsubscribe(unsubscribed.ref());
        Nodes.barrier(b, a);
        assertEquals(Set.of(b.cluster().self()), deposits(a).members());
        assertEquals(1, deposits(b).subscriberCount());

        s.ref().stop();
        b.monitor().awaitStopped("/user/mortal"); // the topic's watcher ran before this event
        Nodes.barrier(b, a);
        assertEquals(0, deposits(b).subscriberCount());
        assertEquals(Set.of(), deposits(a).members());
        assertEquals(0, deposits(a).publish(new AccountMsg.Deposit(1)));
        assertEquals(0, a.cluster().topics.sentTo(b.cluster().self()));
        assertEquals(0L, await(unsubscribed.balance()));
        assertTrue(b.cluster().topics.received.get() == 0);
    }
}
