package dev.rt.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * A carrier thread of a system's own pool. It knows its slot in the system's {@link Watchdog},
 * its pool index, which is fixed for the thread's life: looked up once, on its first turn, and a
 * field read after that. Only the thread itself reads and writes {@link #slot}.
 */
final class CarrierThread extends ForkJoinWorkerThread {

    private int slot = -1;

    CarrierThread(ForkJoinPool pool, String name) {
        super(pool);
        setName(name);
        setDaemon(true);
    }

    /** {@return this thread's watchdog slot, or -1 if the pool gave it an index past them} */
    int slot(int slots) {
        int s = slot;
        if (s < 0) {
            s = getPoolIndex();
            slot = s;
        }
        return s < slots ? s : -1;
    }
}
