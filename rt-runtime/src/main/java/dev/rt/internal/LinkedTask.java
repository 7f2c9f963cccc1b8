package dev.rt.internal;

import java.util.concurrent.ForkJoinTask;

/**
 * A pool task that can wait in a carrier's list of deferred wake-ups ({@link
 * CarrierThread#defer}): the list links its tasks through {@link #deferredNext}, so deferring
 * allocates nothing. Cells are the only tasks in production; the jcstress tests race the list
 * with tasks of their own.
 */
@SuppressWarnings("serial") // a ForkJoinTask by inheritance only; never serialized
abstract class LinkedTask extends ForkJoinTask<Void> {

    private static final long serialVersionUID = 1L;

    /**
     * The next task in the list it waits in, or null. Written by the thread that pushes it,
     * before the push's publishing CAS, and by the thread that took the list, before it hands
     * the task on; see {@link CarrierThread#defer}.
     */
    LinkedTask deferredNext;
}
