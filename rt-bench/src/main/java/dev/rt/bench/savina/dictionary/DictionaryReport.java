package dev.rt.bench.savina.dictionary;

/**
 * What the dictionary reports when it stops, for the benchmark to check.
 *
 * @param reads reads it answered
 * @param writes writes it answered
 * @param size its entries at the end
 */
public record DictionaryReport(int reads, int writes, int size) {}
