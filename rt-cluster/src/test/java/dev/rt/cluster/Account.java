package dev.rt.cluster;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The test actor: a balance, a sequence check, a failing request and a hanging one. */
@ActorBehavior
public final class Account implements Actor<AccountMsg> {

    /** Opened by the tests that leave an ask pending, so that the handler returns. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    private long balance;
    private long last = -1;
    private long violations;

    /** Creates an empty account. */
    public Account() {}

    void on(AccountMsg.Deposit m) {
        balance += m.amount();
    }

    void on(AccountMsg.Seq m) {
        if (m.n() != last + 1) {
            violations++;
        }
        last = m.n();
    }

    long on(AccountMsg.Balance m) {
        return balance;
    }

    long on(AccountMsg.Violations m) {
        return violations;
    }

    long on(AccountMsg.Boom m) {
        throw new IllegalStateException(m.why());
    }

    long on(AccountMsg.Hang m) throws InterruptedException {
        gate.await(60, TimeUnit.SECONDS);
        return -1;
    }

    void on(AccountMsg.Forward m) {
        AccountHandle.of(m.to()).deposit(m.amount());
    }
}
