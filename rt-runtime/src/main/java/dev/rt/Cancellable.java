package dev.rt;

/** A scheduled task that can be cancelled. Any thread may call {@link #cancel()}. */
@FunctionalInterface
public interface Cancellable {

    /**
     * Cancels the task if it has not run yet. Cancelling twice, or after the task ran, does
     * nothing.
     *
     * @return whether this call prevented the task from running
     */
    boolean cancel();
}
