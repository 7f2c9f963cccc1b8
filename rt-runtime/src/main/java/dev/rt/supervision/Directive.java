package dev.rt.supervision;

/** What a supervisor does with a child that failed, as a {@link Decider} chooses. */
public enum Directive {
    /** Restart the child as its strategy says: a fresh instance, the mailbox kept. */
    RESTART,
    /** Keep the child's instance and go on with the next message. Counts as no restart. */
    RESUME,
    /** Stop the child for good, whatever its restart type. */
    STOP,
    /** Fail the supervisor itself with the child's cause, for its own parent to decide. */
    ESCALATE
}
