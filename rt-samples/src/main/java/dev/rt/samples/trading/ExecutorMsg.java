package dev.rt.samples.trading;

import dev.rt.Request;

/** The protocol of {@link OrderExecutor}. */
public sealed interface ExecutorMsg {

    /**
     * Executes an order that passed the risk checks.
     *
     * @param order the order
     */
    record Execute(Order order) implements ExecutorMsg {}

    /** Asks how many orders were executed. */
    record Executed() implements ExecutorMsg, Request<Integer> {}
}
