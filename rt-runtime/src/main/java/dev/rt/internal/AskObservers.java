package dev.rt.internal;

import dev.rt.AskObserver;
import dev.rt.TimerService;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ask observers of a system as one observer, and the wiring of one ask to it.
 *
 * <p>Concurrency: an instance is immutable, built under the system's lock on its list of
 * observers and published through a volatile field ({@link SystemCore#askObserver()}), which
 * every ask reads once. Observers are called on whichever thread completes the ask.
 */
final class AskObservers implements AskObserver {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    private final AskObserver[] observers;

    private AskObservers(AskObserver[] observers) {
        this.observers = observers;
    }

    /** {@return the observers as one: null for none, the observer itself for one} */
    static AskObserver of(List<AskObserver> observers) {
        return switch (observers.size()) {
            case 0 -> null;
            case 1 -> observers.get(0);
            default -> new AskObservers(observers.toArray(AskObserver[]::new));
        };
    }

    @Override
    public void onAskCompleted(String path, Class<?> requestType, long nanos, Throwable failure) {
        for (AskObserver o : observers) {
            o.onAskCompleted(path, requestType, nanos, failure);
        }
    }

    /**
     * Reports the promise's completion to {@code observer}, timed from now on {@code clock}.
     * Called by the asking thread before the promise can complete, so the start is read first.
     */
    static void watch(AskPromise<?> promise, AskObserver observer, TimerService clock,
            String path) {
        long start = clock.nanoTime();
        Class<?> requestType = promise.message.getClass();
        promise.whenComplete((value, failure) -> {
            try {
                observer.onAskCompleted(path, requestType, clock.nanoTime() - start,
                        failure instanceof CompletionException c && c.getCause() != null
                                ? c.getCause()
                                : failure);
            } catch (RuntimeException e) {
                LOG.warn("ask observer {} threw on an ask to {}; dropped: {}", observer, path,
                        e.toString());
            }
        });
    }
}
