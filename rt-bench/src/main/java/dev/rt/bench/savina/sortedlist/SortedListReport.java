package dev.rt.bench.savina.sortedlist;

/**
 * What the list actor reports when it ends, for the benchmark to check.
 *
 * @param requests requests it answered
 * @param writes writes among them
 * @param size its elements at the end
 * @param sorted whether they are in ascending order
 */
public record SortedListReport(int requests, int writes, int size, boolean sorted) {}
