package dev.rt.supervision;

/** The state of a supervised child, as {@link Supervisor#whichChildren()} reports it. */
public enum ChildState {
    /** Created; its first start has not finished. */
    STARTING,
    /** Running. */
    RUNNING,
    /** Exited and waiting to be started again (during a backoff, or a group restart). */
    RESTARTING,
    /** Not running, its spec kept (a transient child that exited normally, or terminated). */
    TERMINATED
}
