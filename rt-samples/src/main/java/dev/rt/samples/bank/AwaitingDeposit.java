package dev.rt.samples.bank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CompletableFuture;

/**
 * An account that has sent a transfer and waits for the peer's confirmation. Requests that must
 * wait, a next transfer or a balance, are {@linkplain dev.rt.Stash stashed}; deposits from peers
 * are made at once, since a peer may be waiting for this account's confirmation in turn (two
 * accounts sending to each other would otherwise wait for each other forever). Once confirmed,
 * it goes on as an {@link Account} again and unstashes what waited, in order.
 */
@ActorBehavior
public final class AwaitingDeposit implements Actor<AccountMsg> {
    private long balance;
    private final long transfer;
    private final CompletableFuture<Boolean> confirmed;

    /**
     * Waits for the confirmation of one transfer.
     *
     * @param balance the balance after the money left
     * @param transfer the transfer's number
     * @param confirmed completed with true on confirmation: the transfer's reply
     */
    AwaitingDeposit(long balance, long transfer, CompletableFuture<Boolean> confirmed) {
        this.balance = balance;
        this.transfer = transfer;
        this.confirmed = confirmed;
    }

    Boolean on(AccountMsg.Transfer m, ActorContext<AccountMsg> context) {
        context.stash().stash();
        return null; // ignored: the request is answered when it is handled again
    }

    void on(AccountMsg.Deposit m) {
        balance += m.amount();
        m.from().deposited(m.id());
    }

    void on(AccountMsg.Deposited m, ActorContext<AccountMsg> context) {
        if (m.id() != transfer) {
            throw new IllegalStateException("confirmation of transfer " + m.id()
                    + " while awaiting transfer " + transfer);
        }
        AccountHandle.become(context, new Account(balance, transfer));
        confirmed.complete(true);
        context.stash().unstashAll();
    }

    Long on(AccountMsg.Balance m, ActorContext<AccountMsg> context) {
        context.stash().stash();
        return null;
    }
}
