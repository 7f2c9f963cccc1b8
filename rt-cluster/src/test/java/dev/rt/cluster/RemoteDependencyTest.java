package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rt.ActorRef;
import dev.rt.DependencyTerminatedException;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision across nodes: a child that depends on an actor of another node fails when that
 * node goes away, its supervisor restarts it, and the fresh child resolves the dependency again.
 */
class RemoteDependencyTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** The first of {@code hosts} that still publishes "acct", looked up from {@code user}. */
    private static CompletionStage<ActorRef<AccountMsg>> anyAccount(Nodes.Node user,
            List<Nodes.Node> hosts) {
        CompletionStage<ActorRef<AccountMsg>> found =
                CompletableFuture.failedFuture(new NoSuchElementException("no account"));
        for (Nodes.Node host : hosts) {
            found = found.exceptionallyCompose(e -> user.cluster().lookup(
                    host.cluster().self(), "acct", AccountMsgCodec.INSTANCE));
        }
        return found;
    }

    @Test
    void aChildWhoseRemoteDependencysNodeLeavesIsRestartedAndResolvesAgain() throws Exception {
        Nodes.Node a = nodes.start("a", AccountMsgCodec.INSTANCE);
        Nodes.Node b = nodes.start("b", AccountMsgCodec.INSTANCE);
        Nodes.Node c = nodes.start("c", AccountMsgCodec.INSTANCE);
        for (Nodes.Node host : List.of(b, c)) {
            host.cluster().publish("acct",
                    AccountHandle.spawn(host.system(), "acct", Account::new).ref());
        }
        Supervisor sup = Supervisor.start(a.system(), "branch",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .child(TellerHandle.childSpec("teller",
                                siblings -> new Teller(() -> anyAccount(a, List.of(b, c)))))
                        .build());
        await(sup.started());
        TellerHandle teller = TellerHandle.of(sup.child("teller"));
        assertEquals(7L, await(teller.pay(7))); // b's account: c's is never used before
        assertEquals("/user/acct", await(teller.which()));

        b.cluster().close(); // the member the teller depends on leaves
        a.monitor().await(1, e -> e instanceof MonitorEvent.ActorRestarted r
                && r.path().equals(teller.ref().path()));
        MonitorEvent.ActorFailed failed = a.monitor().all(MonitorEvent.ActorFailed.class).get(0);
        DependencyTerminatedException e =
                assertInstanceOf(DependencyTerminatedException.class, failed.cause());
        assertInstanceOf(NodeDownException.class, e.reason().orElseThrow());

        // The fresh teller found the account on c, and depends on it.
        assertEquals(5L, await(teller.pay(5)));
        AccountHandle onC = AccountHandle.of(await(c.cluster().lookup(c.cluster().self(), "acct",
                AccountMsgCodec.INSTANCE)));
        assertEquals(5L, await(onC.balance()));
    }
}
