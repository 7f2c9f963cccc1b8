package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Accounting;
import dev.rt.ActorRef;
import dev.rt.ActorTerminatedException;
import dev.rt.AskTimeoutException;
import dev.rt.ManualClock;
import dev.rt.MonitorEvent;
import dev.rt.Terminated;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * References across nodes of one in-JVM cluster: tell, ask, a failed ask, order per pair,
 * references inside messages, stop and death watch, and a member leaving.
 */
class RemoteRefTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        Account.gate.countDown();
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

    /** An account on {@code host}, published as {@code name}, looked up from {@code user}. */
    private static AccountHandle remoteAccount(Nodes.Node host, Nodes.Node user, String name)
            throws Exception {
        AccountHandle local = AccountHandle.spawn(host.system(), name, Account::new);
        host.cluster().publish(name, local.ref());
        ActorRef<AccountMsg> ref = await(user.cluster().lookup(host.cluster().self(), name,
                AccountMsgCodec.INSTANCE));
        return AccountHandle.of(ref);
    }

    /**
     * An observer on {@code node} that watches {@code account}; returns once the watch has
     * reached the account's member (it was sent before an ask that has been answered).
     */
    private static BlockingQueue<Terminated> watchFrom(Nodes.Node node, AccountHandle account)
            throws Exception {
        BlockingQueue<Terminated> seen = new LinkedBlockingQueue<>();
        ObserverHandle.spawn(node.system(), "observer", () -> new Observer(seen))
                .watch(account.ref());
        await(account.balance());
        return seen;
    }

    @Test
    void membersSeeEachOther() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        assertEquals(2, b.cluster().members().size(), b.cluster().members().toString());
        assertTrue(b.cluster().members().contains(a.cluster().self()));
        assertEquals("b", b.cluster().self().name());
        a.monitor().await(1, e -> e instanceof MonitorEvent.MemberUp up
                && up.path().equals("/cluster/b")
                && up.incarnation().equals(b.cluster().self().incarnation().toString()));
    }

    @Test
    void theGeneratedHandleTellsAndAsksARemoteActor() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "acc");
        for (int i = 1; i <= 100; i++) {
            account.deposit(i);
        }
        assertEquals(5050L, await(account.balance()));
        assertEquals("/user/acc", account.ref().path());
    }

    @Test
    void messagesFromOneSenderArriveInOrder() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "seq");
        for (int i = 0; i < 20_000; i++) {
            account.seq(i);
        }
        assertEquals(0L, await(account.violations()));
    }

    @Test
    void aFailedRemoteAskCarriesTheRemoteCausesClassAndMessage() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "boom");
        Throwable t = failure(account.boom("no funds"));
        RemoteFailureException remote = assertInstanceOf(RemoteFailureException.class, t);
        assertEquals(IllegalStateException.class.getName(), remote.remoteClass());
        assertEquals("no funds", remote.remoteMessage());
        // a top-level actor whose handler threw has stopped, as locally; the next ask says so
        assertInstanceOf(ActorTerminatedException.class, failure(account.balance()));
    }

    @Test
    void aReferenceTravelsInsideAMessageToAThirdNode() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        Nodes.Node c = nodes.start("c");
        AccountHandle onA = remoteAccount(a, b, "x"); // used from b
        AccountHandle onC = AccountHandle.spawn(c.system(), "y", Account::new);
        c.cluster().publish("y", onC.ref());
        AccountHandle cFromB = AccountHandle.of(await(b.cluster().lookup(c.cluster().self(), "y",
                AccountMsgCodec.INSTANCE)));
        onA.forward(cFromB.ref(), 42); // b -> a carries a reference to c's actor
        for (int i = 0; i < 200 && await(onC.balance()) != 42L; i++) {
            await(onA.balance()); // a round trip through a, which has forwarded by then
        }
        assertEquals(42L, await(onC.balance()));
    }

    @Test
    void aLookupOfANameNobodyPublishedFails() {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        Throwable t = failure(b.cluster().lookup(a.cluster().self(), "nobody",
                AccountMsgCodec.INSTANCE));
        assertInstanceOf(NoSuchElementException.class, t);
        assertTrue(t.getMessage().contains("nobody"), t.getMessage());
    }

    @Test
    void resolveByPathFindsALiveActor() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle.spawn(a.system(), "bypath", Account::new).deposit(7);
        AccountHandle remote = AccountHandle.of(await(b.cluster().resolve(a.cluster().self(),
                "/user/bypath", AccountMsgCodec.INSTANCE)));
        assertEquals(7L, await(remote.balance()));
    }

    @Test
    void aWatcherIsToldWhenTheRemoteActorStops() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "watched");
        BlockingQueue<Terminated> seen = watchFrom(b, account);
        account.ref().stop();
        Terminated t = seen.poll(30, TimeUnit.SECONDS);
        assertNotNull(t, "no Terminated");
        assertEquals(account.ref(), t.ref());
        assertTrue(t.failure().isEmpty(), "a normal stop: " + t);
        ActorTerminatedException dead = assertInstanceOf(ActorTerminatedException.class,
                failure(account.balance()));
        assertTrue(dead.getMessage().contains("watched"), dead.getMessage());
    }

    @Test
    void whenAMemberLeavesItsWatchersAreToldAndItsAsksFailAtOnce() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "leaving");
        BlockingQueue<Terminated> seen = watchFrom(b, account);
        Account.gate = new CountDownLatch(1);
        CompletionStage<Long> pending = account.hang(); // its handler waits for the gate
        account.ref().ask(new AccountMsg.Balance(), Duration.ofMinutes(10)); // long timeout
        a.cluster().close();
        Throwable t = failure(pending);
        NodeDownException down = assertInstanceOf(NodeDownException.class, t);
        assertEquals(a.cluster().self(), down.member());
        Terminated terminated = seen.poll(30, TimeUnit.SECONDS);
        assertNotNull(terminated, "no Terminated for the departed member's actor");
        assertInstanceOf(NodeDownException.class, terminated.failure().orElseThrow());
        b.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft l
                && l.path().equals("/cluster/a"));

        // a watch after the member has gone fires at once; a tell is a dead letter here
        ObserverHandle late = ObserverHandle.spawn(b.system(), "late", () -> new Observer(seen));
        late.watch(account.ref());
        assertNotNull(seen.poll(30, TimeUnit.SECONDS), "a watch of a departed member's actor");
        account.deposit(1);
        b.monitor().await(1, e -> e instanceof MonitorEvent.DeadLetter d
                && d.message() instanceof AccountMsg.Deposit
                && d.reason().contains("left the cluster"));
        assertInstanceOf(NodeDownException.class, failure(account.balance()));
    }

    @Test
    void aRemoteAskTimesOutOnTheAskersClock() throws Exception {
        Nodes.Node a = nodes.start("a");
        ManualClock clock = new ManualClock();
        Nodes.Node b = nodes.start("b", clock, AccountMsgCodec.INSTANCE);
        AccountHandle account = remoteAccount(a, b, "slow");
        Account.gate = new CountDownLatch(1);
        CompletionStage<Long> pending = account.ref().ask(new AccountMsg.Hang(),
                Duration.ofSeconds(5));
        // the ask's timer is set on the calling thread, before ask returns
        assertTrue(clock.pendingDelays().contains(Duration.ofSeconds(5)), clock.pendingDelays()
                .toString());
        assertTrue(clock.advance(Duration.ofSeconds(5)) >= 1);
        AskTimeoutException e = assertInstanceOf(AskTimeoutException.class, failure(pending));
        assertTrue(e.getMessage().contains("/cluster/a/user/slow"), e.getMessage());
    }

    @Test
    void everyMessageEndsInExactlyOneBucketOnOneSide() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle account = remoteAccount(a, b, "counted");
        for (int i = 0; i < 1000; i++) {
            account.deposit(1);
        }
        assertEquals(1000L, await(account.balance()));
        assertEquals(0, b.system().accounting().total(), "nothing is counted where it left");

        // from now on, b reports what it cannot send, in its buckets; a's accounting is exact
        // once its system has terminated (the ask is counted when its handler returns, after
        // its reply left)
        a.cluster().close();
        a.system().close();
        a.system().whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        Accounting onA = a.system().accounting();
        assertEquals(1001, onA.processed(), onA.toString()); // the deposits and the ask
        b.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft);
        account.deposit(1);
        account.deposit(1);
        assertEquals(2, b.system().accounting().deadLettered(), b.system().accounting()
                .toString());
    }

    @Test
    void aRestartedNodeIsANewIncarnationAndOldReferencesToItStayDead() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        AccountHandle old = remoteAccount(a, b, "acc");
        Member first = a.cluster().self();
        a.cluster().close();
        b.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft);

        Nodes.Node again = nodes.start("a"); // the same name: a new start of the node
        Member second = again.cluster().self();
        assertEquals(first.name(), second.name());
        assertTrue(!first.incarnation().equals(second.incarnation()), first + " " + second);
        AccountHandle fresh = remoteAccount(again, b, "acc");
        assertTrue(!fresh.ref().equals(old.ref()), "a reference of the new incarnation");
        fresh.deposit(3);
        assertEquals(3L, await(fresh.balance()));

        old.deposit(1); // to the old incarnation: a dead letter here, never the new actor
        b.monitor().await(1, e -> e instanceof MonitorEvent.DeadLetter d
                && d.message() instanceof AccountMsg.Deposit);
        assertInstanceOf(NodeDownException.class, failure(old.balance()));
        assertEquals(3L, await(fresh.balance()));
    }
}
