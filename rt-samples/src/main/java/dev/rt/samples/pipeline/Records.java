package dev.rt.samples.pipeline;

import dev.rt.Request;

/** The messages of the pipeline's stages; each stage's topic carries one record type. */
public final class Records {

    private Records() {}

    /** The validator's protocol. */
    public sealed interface ValidatorMsg {}

    /**
     * A line as ingested, published on topic {@code raw}.
     *
     * @param line the line
     */
    public record Raw(String line) implements ValidatorMsg {}

    /** The enricher's protocol. */
    public sealed interface EnricherMsg {}

    /**
     * A parsed record, published on topic {@code valid}.
     *
     * @param id the record's id
     * @param cents its amount
     */
    public record Valid(String id, long cents) implements EnricherMsg {}

    /** The store's protocol. */
    public sealed interface StoreMsg {}

    /**
     * An enriched record, published on topic {@code enriched}.
     *
     * @param id the record's id
     * @param cents its amount
     * @param taxCents the tax on it
     */
    public record Enriched(String id, long cents, long taxCents) implements StoreMsg {}

    /** Asks the store how many records it holds. */
    public record Stored() implements StoreMsg, Request<Integer> {}
}
