package dev.rt.cluster;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Depends on an account of another node: it resolves one at start, depends on it, and stashes
 * questions until it has one. When the account's node goes away the teller fails, its supervisor
 * restarts it, and the fresh teller resolves an account again.
 */
@ActorBehavior
public final class Teller implements Actor<TellerMsg> {
    private final Supplier<CompletionStage<ActorRef<AccountMsg>>> resolve;
    private ActorRef<AccountMsg> account;

    /**
     * Creates a teller.
     *
     * @param resolve finds an account, asynchronously: a lookup in the cluster
     */
    public Teller(Supplier<CompletionStage<ActorRef<AccountMsg>>> resolve) {
        this.resolve = resolve;
    }

    @Override
    public void preStart(ActorContext<TellerMsg> context) {
        TellerHandle self = TellerHandle.of(context.self());
        resolve.get().whenComplete((ref, failure) -> {
            if (ref != null) {
                self.use(ref);
            } else {
                self.notFound();
            }
        });
    }

    void on(TellerMsg.Use m, ActorContext<TellerMsg> context) {
        account = m.account();
        context.dependOn(account);
        context.stash().unstashAll();
    }

    void on(TellerMsg.NotFound m) {
        throw new IllegalStateException("no account found");
    }

    CompletionStage<Long> on(TellerMsg.Pay m, ActorContext<TellerMsg> context) {
        if (account == null) {
            context.stash().stash();
            return null;
        }
        AccountHandle handle = AccountHandle.of(account);
        handle.deposit(m.amount());
        return handle.balance(); // after the deposit: one sender, one order
    }

    String on(TellerMsg.Which m, ActorContext<TellerMsg> context) {
        if (account == null) {
            context.stash().stash();
            return null;
        }
        return account.path();
    }
}
