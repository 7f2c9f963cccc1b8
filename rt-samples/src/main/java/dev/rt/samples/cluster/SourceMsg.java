package dev.rt.samples.cluster;

import dev.rt.ActorRef;
import dev.rt.samples.trading.RiskMsg;

/** The protocol of {@link QuoteSource}. */
public sealed interface SourceMsg {

    /**
     * The risk manager to send to, found in the cluster registry: the source depends on it.
     *
     * @param risk the risk manager, on another node
     */
    record Use(ActorRef<RiskMsg> risk) implements SourceMsg {}

    /** No risk manager is registered yet: the source gives up, to be restarted later. */
    record NotFound() implements SourceMsg {}

    /** Time for the next quote and order. */
    record Tick() implements SourceMsg {}
}
