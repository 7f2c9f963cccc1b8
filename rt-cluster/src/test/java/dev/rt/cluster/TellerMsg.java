package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.Request;

/** The protocol of {@link Teller}, a local actor that depends on an account of another node. */
public sealed interface TellerMsg {

    /**
     * The account to use from now on: the teller depends on it.
     *
     * @param account an account, perhaps on another node
     */
    record Use(ActorRef<AccountMsg> account) implements TellerMsg {}

    /** No account was found: the teller fails, and its supervisor restarts it to look again. */
    record NotFound() implements TellerMsg {}

    /** Replies with the path of the account in use, once there is one. */
    record Which() implements TellerMsg, Request<String> {}

    /**
     * Deposits into the account in use, once there is one; replies with its balance after.
     *
     * @param amount what to deposit
     */
    record Pay(long amount) implements TellerMsg, Request<Long> {}
}
