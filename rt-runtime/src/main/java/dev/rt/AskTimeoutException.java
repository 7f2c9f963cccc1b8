package dev.rt;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** An {@code ask} got no reply in time. It names the actor, the request type and the timeout. */
public final class AskTimeoutException extends TimeoutException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String requestType;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param path the path of the actor that was asked
     * @param requestType the simple name of the request's type
     * @param timeout the timeout that passed
     */
    public AskTimeoutException(String path, String requestType, Duration timeout) {
        super("ask of " + requestType + " to " + path + " timed out after " + timeout.toMillis()
                + " ms; the actor may be busy, slow or stuck: raise the timeout or check the"
                + " handler");
        this.path = path;
        this.requestType = requestType;
        this.timeout = timeout;
    }

    /** {@return the path of the actor that was asked} */
    public String path() {
        return path;
    }

    /** {@return the simple name of the request's type} */
    public String requestType() {
        return requestType;
    }

    /** {@return the timeout that passed} */
    public Duration timeout() {
        return timeout;
    }
}
