package dev.rt.supervision;

import java.time.Duration;

/**
 * A supervisor gave up: a child needed more restarts within the intensity period than the
 * supervisor allows. The supervisor has stopped its children and fails to its own parent with
 * this exception; its cause is the child's last failure.
 */
public final class RestartIntensityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String supervisor;
    private final String child;

    /**
     * Creates the exception.
     *
     * @param supervisor the supervisor's path
     * @param child the id of the child whose failure was one too many
     * @param restarts the supervisor's intensity
     * @param period the intensity period
     * @param cause the child's last failure, or null if it exited normally
     */
    public RestartIntensityException(String supervisor, String child, int restarts,
            Duration period, Throwable cause) {
        super("supervisor " + supervisor + " gave up: child '" + child + "' needed more than "
                + restarts + (restarts == 1 ? " restart" : " restarts") + " within "
                + period.toMillis() + " ms"
                + (cause == null ? "" : "; last failure: " + cause)
                + "; fix the child's fault, or raise the intensity if the faults are expected",
                cause);
        this.supervisor = supervisor;
        this.child = child;
    }

    /** {@return the supervisor's path} */
    public String supervisor() {
        return supervisor;
    }

    /** {@return the id of the child whose failure was one too many} */
    public String child() {
        return child;
    }
}
