package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.Request;
import dev.rt.annotation.WireProtocol;

/**
 * The protocol of the test actor that lives on one node and is used from another; its codec,
 * {@code AccountMsgCodec}, is generated.
 */
@WireProtocol
public sealed interface AccountMsg {

    /** @param amount added to the balance */
    record Deposit(long amount) implements AccountMsg {}

    /** @param n the next number of a sequence from one sender: checks the order */
    record Seq(long n) implements AccountMsg {}

    /** Replies with the balance. */
    record Balance() implements AccountMsg, Request<Long> {}

    /** Replies with how many {@link Seq} arrived out of order. */
    record Violations() implements AccountMsg, Request<Long> {}

    /** @param why the handler throws an IllegalStateException with this message */
    record Boom(String why) implements AccountMsg, Request<Long> {}

    /** Its handler waits until the test's gate opens: an ask that stays pending. */
    record Hang() implements AccountMsg, Request<Long> {}

    /**
     * A reference that travels: the receiver deposits {@code amount} into {@code to}.
     *
     * @param to another account, perhaps on a third node
     * @param amount what to deposit there
     */
    record Forward(ActorRef<AccountMsg> to, long amount) implements AccountMsg {}
}
