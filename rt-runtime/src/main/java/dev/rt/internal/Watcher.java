package dev.rt.internal;

/**
 * What is told that a watched actor has terminated: a local {@link ActorCell} (which turns the
 * notice into a signal for its own thread), or, later, a watcher on another node. The seam of
 * death watch, with {@link Watchable}. Public, as {@link Watchable} is, for the testkit.
 *
 * <p>Threading: any thread may call it; an implementation hands the notice to its own thread.
 */
public interface Watcher {

    /**
     * {@code dead} has terminated.
     *
     * @param dead the actor
     * @param failure why it terminated, or null after a normal stop
     */
    void watchedTerminated(Watchable dead, Throwable failure);
}
