package dev.rt.samples.trading;

import dev.rt.Request;
import dev.rt.annotation.WireProtocol;

/**
 * The protocol of {@link OrderExecutor}.
 *
 * <p>A wire protocol too: the distributed showcase ({@code dev.rt.samples.cluster}) sends it
 * between JVMs.
 */
@WireProtocol
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
