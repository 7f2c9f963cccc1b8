package dev.rt.supervision;

/**
 * A child failed its {@link HealthCheck}: it did not answer a probe in time, or its health
 * request failed or answered {@code false}. Its supervisor treats the child as failed with this
 * cause; a {@link Decider} can tell it apart from other failures.
 */
public final class HealthCheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String child;

    /**
     * Creates the exception.
     *
     * @param child the child's path
     * @param reason what the check found, such as "no answer within 500 ms"
     * @param cause the health request's failure, or null
     */
    public HealthCheckFailedException(String child, String reason, Throwable cause) {
        super(child + " failed its health check: " + reason + "; it is treated as failed and"
                + " its supervisor applies its strategy", cause);
        this.child = child;
    }

    /** {@return the path of the child that failed its check} */
    public String child() {
        return child;
    }
}
