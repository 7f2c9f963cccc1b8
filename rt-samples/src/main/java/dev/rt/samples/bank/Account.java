package dev.rt.samples.bank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An account that waits for nothing: it takes the next request at once. A transfer sends the
 * money to the peer, then the account {@linkplain AwaitingDeposit#become goes on as} an {@link
 * AwaitingDeposit} until the peer confirms: one transfer at a time, as a ledger would have it.
 */
@ActorBehavior
public final class Account implements Actor<AccountMsg> {
    private long balance;
    private long transfers;

    /**
     * Opens an account.
     *
     * @param balance the opening balance, in cents
     */
    public Account(long balance) {
        this.balance = balance;
    }

    /** Goes on after a transfer: the balance and the transfers' numbering carry over. */
    Account(long balance, long transfers) {
        this.balance = balance;
        this.transfers = transfers;
    }

    CompletionStage<Boolean> on(AccountMsg.Transfer m, ActorContext<AccountMsg> context,
            AccountHandle self) {
        if (m.amount() > balance) {
            return CompletableFuture.completedFuture(false);
        }
        balance -= m.amount();
        long id = ++transfers;
        m.to().deposit(m.amount(), self, id);
        CompletableFuture<Boolean> confirmed = new CompletableFuture<>();
        AwaitingDepositHandle.become(context, new AwaitingDeposit(balance, id, confirmed));
        return confirmed;
    }

    void on(AccountMsg.Deposit m) {
        credit(m);
    }

    void on(AccountMsg.Deposited m) {
        // Only an account that awaits a deposit expects one.
        throw new IllegalStateException("unexpected confirmation of transfer " + m.id());
    }

    long on(AccountMsg.Balance m) {
        return balance;
    }

    /** Makes a peer's deposit and confirms it: a helper, never a handler, since it is private. */
    private void credit(AccountMsg.Deposit m) {
        balance += m.amount();
        m.from().deposited(m.id());
    }
}
