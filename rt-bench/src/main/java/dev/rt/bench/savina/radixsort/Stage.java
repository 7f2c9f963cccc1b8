package dev.rt.bench.savina.radixsort;

/** Savina Radix Sort: the protocol of the pipeline's stages, the sort actors and the validator. */
public sealed interface Stage {
    /**
     * One value on its way down the pipeline.
     *
     * @param value the value
     */
    record Value(long value) implements Stage {}
}
