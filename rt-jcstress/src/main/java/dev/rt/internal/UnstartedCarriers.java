package dev.rt.internal;

import java.util.concurrent.ForkJoinPool;

/**
 * Carrier threads that are never started, for the races of their handoff slot: the slot is a
 * field of the carrier, so the tests race the real methods ({@link CarrierThread#put}, {@link
 * CarrierThread#take}) on real carriers. An unstarted carrier joins no pool and runs nothing.
 */
final class UnstartedCarriers {

    /** The pool the carriers name as theirs; it never runs them. */
    private static final ForkJoinPool POOL = new ForkJoinPool(1);

    private UnstartedCarriers() {}

    /** {@return a carrier that is never started, with no monitor} */
    static CarrierThread make() {
        return new CarrierThread(POOL, "jcstress-carrier", null);
    }
}
