package dev.rt.samples.bank;

import dev.rt.ActorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Three accounts that send each other money at the same time, in both directions: each waits for
 * the peer's confirmation before its next transfer (stashing what comes meanwhile), and the total
 * never changes.
 */
public final class Bank {
    private Bank() {}

    /**
     * Runs the transfers and prints the balances.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        try (ActorSystem system = ActorSystem.create("bank")) {
            AccountHandle alice = AccountHandle.spawn(system, "alice", () -> new Account(100_00));
            AccountHandle bob = AccountHandle.spawn(system, "bob", () -> new Account(50_00));
            AccountHandle carol = AccountHandle.spawn(system, "carol", () -> new Account(0));
            List<CompletableFuture<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                done.add(alice.transfer(5_00, bob).toCompletableFuture());
                done.add(bob.transfer(3_00, alice).toCompletableFuture());
                done.add(bob.transfer(1_00, carol).toCompletableFuture());
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            long a = alice.balance().toCompletableFuture().join();
            long b = bob.balance().toCompletableFuture().join();
            long c = carol.balance().toCompletableFuture().join();
            System.out.printf("alice %d, bob %d, carol %d: total %d%n", a, b, c, a + b + c);
        }
    }
}
