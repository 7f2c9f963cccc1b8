package dev.rt.internal;

import dev.rt.AskTimeoutException;
import dev.rt.Cancellable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * The reply of one {@code ask}, and the envelope that carries the request through the mailbox:
 * one object per ask instead of an envelope, a future and two callbacks.
 *
 * <p>It completes exactly once, by whichever comes first: the handler's reply ({@link #reply}),
 * the handler's exception or a failed reply stage ({@link #fail}), the timeout ({@link #run}), or
 * the actor's termination ({@link #fail}). The later attempts do nothing ({@code
 * CompletableFuture} settles the race with a CAS). Whatever completes it cancels the timeout.
 *
 * <p>A platform thread that waits for it ({@link #join}, {@link #get}) spins for up to {@link
 * #SPIN_NANOS} before it parks: a reply usually comes within a few microseconds, and a parked
 * thread on a virtual machine may take ten or more to be woken, which made an ask from a plain
 * thread take 13 to 16 microseconds instead of 3 (change 15 in docs/benchmarks.md). Virtual
 * threads park at once (parking one is cheap, and spinning would hold its carrier), and so does
 * every thread on a single-processor machine.
 *
 * <p>Threading: the asking thread creates it, sets {@link #timeout} and then enqueues it, so the
 * field is visible to the actor's thread; the timer thread runs {@link #run}; a reply stage may
 * call {@link #accept} from any thread. Any thread may wait for it.
 *
 * @param <R> the reply type
 */
final class AskPromise<R> extends CompletableFuture<R>
        implements Runnable, BiConsumer<Object, Throwable> {

    /**
     * How long a thread that waits for the reply spins before it parks. Twenty microseconds, as
     * long as an idle carrier lingers for work (see "Idle carriers" in {@link Scheduler}): an
     * ask answered by an idle actor returns well inside it, and a thread whose reply takes
     * longer pays at most that much of a core before it parks as before.
     */
    static final long SPIN_NANOS = 20_000;

    private static final boolean MULTIPROCESSOR = Runtime.getRuntime().availableProcessors() > 1;

    /** The request, as sent. */
    final Object message;

    private final String path;
    private final Duration after;

    /** The pending timeout; set before the promise is enqueued. */
    Cancellable timeout;

    AskPromise(Object message, String path, Duration after) {
        this.message = message;
        this.path = path;
        this.after = after;
    }

    /** Waits for the reply as {@link CompletableFuture#join} does, after a short spin. */
    @Override
    public R join() {
        spinUntilDone(SPIN_NANOS);
        return super.join();
    }

    /** Waits for the reply as {@link CompletableFuture#get()} does, after a short spin. */
    @Override
    public R get() throws InterruptedException, ExecutionException {
        spinUntilDone(SPIN_NANOS);
        return super.get();
    }

    /**
     * Waits for the reply as {@link CompletableFuture#get(long, TimeUnit)} does, after a short
     * spin that counts towards the timeout.
     */
    @Override
    public R get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        long start = System.nanoTime();
        spinUntilDone(Math.min(SPIN_NANOS, nanos));
        return super.get(nanos - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
    }

    /**
     * Spins until this completes or {@code nanos} have passed; returns at once on a virtual
     * thread, on a single processor, or when it is complete already. The waiting thread.
     */
    private void spinUntilDone(long nanos) {
        if (nanos <= 0 || !MULTIPROCESSOR || isDone() || Thread.currentThread().isVirtual()) {
            return;
        }
        long deadline = System.nanoTime() + nanos;
        while (!isDone() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }

    /** Completes with the handler's reply. */
    @SuppressWarnings("unchecked")
    void reply(Object value) {
        cancelTimeout(); // first, so that whoever sees the reply sees no pending timeout
        complete((R) value);
    }

    /** Completes with a failure. */
    void fail(Throwable cause) {
        cancelTimeout();
        completeExceptionally(cause);
    }

    private void cancelTimeout() {
        Cancellable t = timeout;
        if (t != null) {
            t.cancel();
        }
    }

    /** The timeout passed. Runs on the timer's thread. */
    @Override
    public void run() {
        completeExceptionally(
                new AskTimeoutException(path, message.getClass().getSimpleName(), after));
    }

    /** The handler's reply stage completed. */
    @Override
    public void accept(Object value, Throwable failure) {
        if (failure == null) {
            reply(value);
        } else {
            fail(failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure);
        }
    }
}
