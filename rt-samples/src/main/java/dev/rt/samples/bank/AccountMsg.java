package dev.rt.samples.bank;

import dev.rt.Request;

/**
 * The protocol of a bank account. Accounts are peers of one behavior that send each other money:
 * the messages between them carry {@link AccountHandle}, the handle generated from this very
 * protocol.
 */
public sealed interface AccountMsg {

    /**
     * Moves {@code amount} to the account {@code to}; replies once {@code to} has confirmed the
     * deposit: true, or false at once if the balance is too low.
     *
     * @param amount how much, in cents
     * @param to the account that receives it
     */
    record Transfer(long amount, AccountHandle to) implements AccountMsg, Request<Boolean> {}

    /**
     * From a peer: adds {@code amount}, and confirms to {@code from} with {@link Deposited}.
     *
     * @param amount how much, in cents
     * @param from the account that sent it
     * @param id the transfer, as {@code from} numbers them
     */
    record Deposit(long amount, AccountHandle from, long id) implements AccountMsg {}

    /**
     * From a peer: the deposit of transfer {@code id} is made.
     *
     * @param id the transfer
     */
    record Deposited(long id) implements AccountMsg {}

    /** Replies with the balance, in cents. */
    record Balance() implements AccountMsg, Request<Long> {}
}
