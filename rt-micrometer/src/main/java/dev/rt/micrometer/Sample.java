package dev.rt.micrometer;

import java.util.Map;

/**
 * What one walk of the tree found: the numbers behind the gauges and message counters. The
 * message counts never go down from one sample to the next (see {@link Sampler}).
 *
 * @param takenAt when, on {@link System#nanoTime()}
 * @param alive actors not terminated
 * @param queued messages waiting in every mailbox
 * @param processed see {@link dev.rt.Accounting#processed()}
 * @param failed see {@link dev.rt.Accounting#failed()}
 * @param dropped see {@link dev.rt.Accounting#dropped()}
 * @param expired see {@link dev.rt.Accounting#expired()}
 * @param deadLettered see {@link dev.rt.Accounting#deadLettered()}
 * @param depths mailbox depth by behavior or path, in the order the snapshot lists them; empty
 *     when the mailbox gauges are off
 */
record Sample(long takenAt, long alive, long queued, long processed, long failed, long dropped,
        long expired, long deadLettered, Map<String, Long> depths) {}
