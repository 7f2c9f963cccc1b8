package dev.rt.supervision;

/**
 * A supervisor could not start: one of its static children failed in its factory or {@code
 * preStart} during the supervisor's own start, as OTP's {@code {error, {shutdown,
 * {failed_to_start_child, Id, Reason}}}}. The children already started were stopped in reverse
 * order. Its cause is the child's failure; for a nested supervisor that could not start, that is
 * the nested supervisor's own {@code SupervisorStartException}, so the chain of causes names the
 * path to the child that failed.
 *
 * <p>Delivered by {@link Supervisor#started()} and {@link Supervisor#startAndWait}; a supervisor
 * started without waiting fails to its parent with it.
 */
public final class SupervisorStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String supervisor;
    private final String child;

    /**
     * Creates the exception.
     *
     * @param supervisor the supervisor's path
     * @param child the id of the child that could not start, or null when the supervisor did not
     *     finish its start for another reason (it was stopped, or timed out)
     * @param message what happened and how to fix it
     * @param cause the child's failure, or null
     */
    public SupervisorStartException(String supervisor, String child, String message,
            Throwable cause) {
        super(message, cause);
        this.supervisor = supervisor;
        this.child = child;
    }

    /** {@return the supervisor's path} */
    public String supervisor() {
        return supervisor;
    }

    /** {@return the id of the child that could not start, or null if none was to blame} */
    public String child() {
        return child;
    }
}
