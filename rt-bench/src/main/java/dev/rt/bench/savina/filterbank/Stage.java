package dev.rt.bench.savina.filterbank;

/**
 * Savina Filter Bank: the protocol of the stages that pass one stream of values along (branches,
 * banks, delays, filters, the tagged forwarder and the sink).
 */
public sealed interface Stage {
    /**
     * The next value of the stream.
     *
     * @param value the value
     */
    record Value(double value) implements Stage {}

    /** The stream has ended: pass it on and stop. */
    record Exit() implements Stage {}
}
