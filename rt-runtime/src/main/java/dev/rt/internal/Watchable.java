package dev.rt.internal;

import dev.rt.ActorRef;

/**
 * An actor that a cell can watch: the seam of death watch. A local {@link ActorCell} is one; a
 * reference to an actor on another node will be another, which adds and removes watchers over
 * the network and reports its node's departure as a termination. The watching cell does not
 * know which it has ({@link DeathWatch}). The testkit's {@code TestInbox} references are
 * watchable too (this interface is public for them, in a package exported to the testkit only).
 *
 * <p>Threading: any thread may call any method.
 */
public interface Watchable {

    /**
     * Tells {@code watcher} when this actor terminates, once; at once if it already has.
     *
     * @param watcher who to tell
     */
    void addWatcher(Watcher watcher);

    /**
     * Stops telling {@code watcher}; a termination already on its way may still arrive, and the
     * watcher ignores it.
     *
     * @param watcher who not to tell
     */
    void removeWatcher(Watcher watcher);

    /** {@return the reference that {@link dev.rt.Terminated} names} */
    ActorRef<?> ref();

    /** {@return the actor's path, for messages} */
    String path();
}
