package dev.rt.internal;

/**
 * A behavior that supervises its cell's children: the cell hands it the children's lifecycle
 * signals and delegates the ordered teardown of its children to it. Implemented by {@link
 * SupervisorActor}.
 *
 * <p>Threading: every method runs on the cell's thread.
 */
interface ChildWatcher {

    /** {@code child}'s {@code preStart} (or, for a supervisor, its whole start) has completed. */
    void childStarted(ActorCell<?, ?> child);

    /** {@code child} has exited, normally if {@code cause} is null, and waits for a directive. */
    void childExited(ActorCell<?, ?> child, Throwable cause);

    /** {@code child} has ended its incarnation and waits, dormant, for a start. */
    void childRecycled(ActorCell<?, ?> child);

    /** {@code child} has terminated, or was abandoned after its shutdown timeout. */
    void childTerminated(ActorCell<?, ?> child, Throwable cause);

    /**
     * The supervisor itself is being restarted: make every child dormant, in reverse start
     * order, then call {@link ActorCell#recycleDone()}.
     */
    void recycleChildren(Throwable cause);

    /**
     * The supervisor is stopping: stop every child for good, in reverse start order, each within
     * its shutdown timeout. The cell terminates once it has no child left.
     */
    void shutdown();
}
