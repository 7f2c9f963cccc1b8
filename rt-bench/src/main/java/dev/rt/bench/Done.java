package dev.rt.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The end of one benchmark operation: the benchmark thread {@linkplain #arm arms} a latch, starts
 * the work, and {@linkplain #await waits}; actors {@linkplain #countDown count down} when their
 * part is done. The same object serves RT and Pekko, so both pay the same for it.
 *
 * <p>Memory consistency: {@link #arm} happens-before the tells that start the work, which
 * happen-before the handlers that count down, so the actors always see the armed latch.
 */
public final class Done {

    /** How long an operation may take before the benchmark fails instead of hanging. */
    private static final long TIMEOUT_SECONDS = 120;

    private volatile CountDownLatch latch = new CountDownLatch(0);

    /** Creates a latch that is already open. */
    public Done() {}

    /**
     * Arms the latch for the next operation.
     *
     * @param parts how many {@link #countDown} calls end the operation
     */
    public void arm(int parts) {
        latch = new CountDownLatch(parts);
    }

    /** Counts one part done. Any thread. */
    public void countDown() {
        latch.countDown();
    }

    /** Waits for every part; fails after two minutes rather than hanging the run. */
    public void await() {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the operation did not finish in "
                        + TIMEOUT_SECONDS + " s; " + latch.getCount() + " parts still missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
