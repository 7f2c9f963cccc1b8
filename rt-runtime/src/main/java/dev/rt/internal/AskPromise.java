package dev.rt.internal;

import dev.rt.AskTimeoutException;
import dev.rt.Cancellable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * <p>Threading: the asking thread creates it, sets {@link #timeout} and then enqueues it, so the
 * field is visible to the actor's thread; the timer thread runs {@link #run}; a reply stage may
 * call {@link #accept} from any thread.
 *
 * @param <R> the reply type
 */
final class AskPromise<R> extends CompletableFuture<R>
        implements Runnable, BiConsumer<Object, Throwable> {

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
