package dev.rt.internal;

/**
 * Something that can wait in one of the scheduler's intrusive lists: a carrier's list of
 * deferred wake-ups ({@link CarrierThread#defer}) or the stack of wake-ups from outside the pool
 * ({@link OutsideWakeUps}). The lists link their entries through {@link #nextWakeUp}, so
 * waiting in one allocates nothing. Cells are the only entries in production; the jcstress tests
 * race the lists with entries of their own.
 *
 * <p>Not a pool task: the pool's queues hold a new {@link PoolTurn} for each queuing, never a
 * cell (see there for why).
 */
abstract class WakeUpEntry {

    /**
     * The next entry in the list it waits in, or null. Written by the thread that pushes it,
     * before the push's publishing CAS, and by the thread that took the list, before it hands
     * the entry on; see {@link CarrierThread#defer}.
     */
    WakeUpEntry nextWakeUp;
}
