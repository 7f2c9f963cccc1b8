package dev.rt.internal;

/**
 * The states of a cell's lifecycle ({@link CellLifecycle}). Written by the actor's thread only,
 * read by any thread.
 *
 * <table>
 *   <caption>Transitions (all on the actor's thread)</caption>
 *   <tr><th>from</th><th>on</th><th>to</th></tr>
 *   <tr><td>NEW, DORMANT</td><td>Start signal</td><td>RUNNING (its start then may fail, see
 *       below)</td></tr>
 *   <tr><td>RUNNING</td><td>a handler, {@code preStart} or the factory throws; or a
 *       non-terminal stop of a supervised cell</td><td>SUSPENDED if supervised, else
 *       STOPPING</td></tr>
 *   <tr><td>SUSPENDED</td><td>Resume, with an instance</td><td>RUNNING</td></tr>
 *   <tr><td>RUNNING, SUSPENDED</td><td>Recycle</td><td>RECYCLING, or RESTARTING to start again
 *       at once</td></tr>
 *   <tr><td>RECYCLING</td><td>Start signal</td><td>RESTARTING</td></tr>
 *   <tr><td>RECYCLING</td><td>its children have stopped</td><td>DORMANT</td></tr>
 *   <tr><td>RESTARTING</td><td>its children have stopped</td><td>RUNNING (a new
 *       incarnation)</td></tr>
 *   <tr><td>NEW, DORMANT</td><td>Recycle</td><td>unchanged (acknowledged), or RUNNING when it
 *       asks for a start</td></tr>
 *   <tr><td>any but STOPPING, TERMINATED</td><td>terminal stop, or a failure when not
 *       supervised</td><td>STOPPING</td></tr>
 *   <tr><td>STOPPING</td><td>its children have stopped</td><td>TERMINATED</td></tr>
 *   <tr><td>any</td><td>Abandon (the closing system gave up)</td><td>TERMINATED</td></tr>
 * </table>
 *
 * <p>A non-terminal stop or a failure of a cell that is RECYCLING, RESTARTING or DORMANT is
 * reported to its supervisor and leaves the state as it is.
 */
enum LifecycleState {
    /** Created; waits for its Start signal. User messages queue. */
    NEW,
    /** An instance handles messages. */
    RUNNING,
    /**
     * Exited (a failure or a normal exit) and waits for its supervisor's directive; the mailbox
     * and the instance are kept, user messages queue.
     */
    SUSPENDED,
    /** Ending an incarnation for a restart: waits for its children to stop; then DORMANT. */
    RECYCLING,
    /** As RECYCLING, then starts a new incarnation at once. */
    RESTARTING,
    /** No instance; the mailbox is kept; waits for a Start signal from its supervisor. */
    DORMANT,
    /** Stopping for good: waits for its children, then terminates. */
    STOPPING,
    /** Gone: what is sent now is a dead letter. */
    TERMINATED;

    /** {@return whether the cell is stopping or gone} */
    boolean ending() {
        return this == STOPPING || this == TERMINATED;
    }

    /** {@return whether an incarnation is being torn down for a restart} */
    boolean recycling() {
        return this == RECYCLING || this == RESTARTING;
    }
}
