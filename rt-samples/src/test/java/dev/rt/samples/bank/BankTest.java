package dev.rt.samples.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Peers of one behavior that pass each other requests, each waiting for a peer's reply before
 * taking its next request: the protocol carries its own handle, the waiting account stashes and
 * changes behavior, and no money is lost.
 */
class BankTest {

    private static <T> T get(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void transfersBothWaysAtOnceKeepTheTotal() throws Exception {
        List<MonitorEvent> failures = new CopyOnWriteArrayList<>();
        try (ActorSystem system = ActorSystem.create("bank", ActorSystemConfig.builder()
                .monitor(e -> {
                    if (e instanceof MonitorEvent.ActorFailed) {
                        failures.add(e);
                    }
                }).build())) {
            AccountHandle alice = AccountHandle.spawn(system, "alice", () -> new Account(10_000));
            AccountHandle bob = AccountHandle.spawn(system, "bob", () -> new Account(10_000));
            AccountHandle carol = AccountHandle.spawn(system, "carol", () -> new Account(0));
            List<CompletableFuture<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(alice.transfer(10, bob).toCompletableFuture());
                done.add(bob.transfer(7, alice).toCompletableFuture());
                done.add(bob.transfer(1, carol).toCompletableFuture());
                done.add(carol.transfer(1, alice).toCompletableFuture());
            }
            int confirmed = 0;
            for (CompletableFuture<Boolean> transfer : done) {
                if (transfer.get(30, TimeUnit.SECONDS)) {
                    confirmed++;
                }
            }
            long a = get(alice.balance());
            long b = get(bob.balance());
            long c = get(carol.balance());
            assertEquals(20_000, a + b + c, "money was lost or made");
            // Alice and Bob never run short; Carol only spends what she got, when she had it.
            assertTrue(confirmed >= 600, "confirmed " + confirmed);
            assertEquals(10_000 - 2_000 + 1_400 + (confirmed - 600), a);
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }

    @Test
    void aTransferAskedWhileAwaitingIsStashedAndAnsweredInOrder() throws Exception {
        try (ActorSystem system = ActorSystem.create("bank-order")) {
            AccountHandle alice = AccountHandle.spawn(system, "alice", () -> new Account(100));
            AccountHandle bob = AccountHandle.spawn(system, "bob", () -> new Account(0));
            // The second and third wait in Alice's stash until Bob confirms the first; the
            // third then finds too little money and is refused, in order.
            CompletableFuture<Boolean> first = alice.transfer(60, bob).toCompletableFuture();
            CompletableFuture<Boolean> second = alice.transfer(30, bob).toCompletableFuture();
            CompletableFuture<Boolean> third = alice.transfer(20, bob).toCompletableFuture();
            CompletableFuture<Long> balance = alice.balance().toCompletableFuture();
            assertTrue(get(first));
            assertTrue(get(second));
            assertFalse(get(third));
            assertEquals(10L, get(balance));
            assertEquals(90L, get(bob.balance()));
        }
    }

    @Test
    void anAccountGoesBackToTakingRequestsOnceConfirmed() throws Exception {
        try (ActorSystem system = ActorSystem.create("bank-state")) {
            AccountHandle alice = AccountHandle.spawn(system, "alice", () -> new Account(100));
            AccountHandle bob = AccountHandle.spawn(system, "bob", () -> new Account(0));
            assertTrue(get(alice.transfer(10, bob)));
            assertEquals("Account", system.snapshot().find(alice.ref().path()).orElseThrow()
                    .behavior(), "still awaiting a deposit after its confirmation");
        }
    }
}
