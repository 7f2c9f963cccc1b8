package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A network split and its healing, in one JVM ({@link Partitions}): {a} and {b, c} each register
 * the same name and subscribe to the same topic while apart; once merged, one registration wins
 * by the rule (the lower incarnation), the loser's node reports {@link
 * MonitorEvent.RegistrationLost}, every member finds the winner, and a publish reaches the
 * subscribers of both former sides.
 */
class MergeTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static void awaitLeft(Nodes.Node n, Nodes.Node gone) throws InterruptedException {
        n.monitor().await(1, e -> e instanceof MonitorEvent.MemberLeft l
                && l.path().equals(gone.cluster().self().path()));
    }

    /** The {@code times}th MemberUp of {@code other} on {@code n}: 2 when it came back. */
    private static void awaitUp(Nodes.Node n, Nodes.Node other, int times)
            throws InterruptedException {
        n.monitor().await(times, e -> e instanceof MonitorEvent.MemberUp u
                && u.path().equals(other.cluster().self().path()));
    }

    private static ClusterTopic<AccountMsg.Deposit> deposits(Nodes.Node n) {
        return n.cluster().topic("deposits", AccountMsg.Deposit.class, AccountMsgCodec.INSTANCE);
    }

    @Test
    void afterASplitHealsOneRegistrationWinsAndTopicsReachBothSides() throws Exception {
        Nodes.Node a = nodes.start("a");
        Nodes.Node b = nodes.start("b");
        Nodes.Node c = nodes.start("c");
        List<Nodes.Node> all = List.of(a, b, c);
        for (Nodes.Node n : all) { // each has had every HELLO: the next MemberUp is the return
            for (Nodes.Node other : all) {
                if (n != other) {
                    awaitUp(n, other, 1);
                }
            }
        }

        Partitions.split(List.of(a), List.of(b, c));
        awaitLeft(a, b);
        awaitLeft(a, c);
        awaitLeft(b, a);
        awaitLeft(c, a);
        assertEquals(List.of(a.cluster().self()), a.cluster().members());
        assertEquals(2, b.cluster().members().size());

        // each side registers the name and subscribes, unaware of the other
        AccountHandle svcA = AccountHandle.spawn(a.system(), "svc", Account::new);
        AccountHandle svcB = AccountHandle.spawn(b.system(), "svc", Account::new);
        svcA.deposit(1);
        svcB.deposit(2);
        await(a.cluster().registry().register("svc", svcA.ref()));
        await(b.cluster().registry().register("svc", svcB.ref()));
        AccountHandle subA = AccountHandle.spawn(a.system(), "sub", Account::new);
        AccountHandle subB = AccountHandle.spawn(b.system(), "sub", Account::new);
        deposits(a).subscribe(subA.ref());
        deposits(b).subscribe(subB.ref());
        deposits(c);

        Partitions.heal(all);
        awaitUp(a, b, 2);
        awaitUp(a, c, 2);
        awaitUp(b, a, 2);
        awaitUp(c, a, 2);
        for (Nodes.Node n : all) {
            assertEquals(3, n.cluster().members().size(), n.cluster().members().toString());
        }

        // the rule: the registration of the lower incarnation wins
        boolean aWins = a.cluster().self().incarnation()
                .compareTo(b.cluster().self().incarnation()) < 0;
        Nodes.Node loser = aWins ? b : a;
        Nodes.Node winner = aWins ? a : b;
        long winnersBalance = aWins ? 1L : 2L;
        String winnerPath = winner.cluster().self().path() + "/user/svc";
        loser.monitor().await(1, e -> e instanceof MonitorEvent.RegistrationLost l
                && l.name().equals("svc") && l.path().equals("/user/svc")
                && l.winner().equals(winnerPath));
        assertTrue(winner.monitor().all(MonitorEvent.RegistrationLost.class).isEmpty());
        assertEquals(Set.of(), loser.cluster().registry().localRegistrations().keySet());
        assertEquals(Set.of("svc"), winner.cluster().registry().localRegistrations().keySet());
        for (Nodes.Node n : all) {
            AccountHandle found = AccountHandle.of(await(n.cluster().registry().lookup("svc",
                    AccountMsgCodec.INSTANCE)));
            assertEquals(winnersBalance, await(found.balance()), "the lookup from "
                    + n.cluster().self());
        }

        // the topic tables were exchanged again: wait for c to hear from both sides, through
        // their outboxes to c (each node sends its table on its own view change)
        Set<Member> both = Set.of(a.cluster().self(), b.cluster().self());
        for (int i = 0; i < 1000 && !deposits(c).members().equals(both); i++) {
            Nodes.barrier(a, c);
            Nodes.barrier(b, c);
        }
        assertEquals(both, deposits(c).members());
        assertEquals(2, deposits(c).publish(new AccountMsg.Deposit(10)));
        Nodes.barrier(c, a);
        Nodes.barrier(c, b);
        assertEquals(10L, await(subA.balance()));
        assertEquals(10L, await(subB.balance()));
    }
}
