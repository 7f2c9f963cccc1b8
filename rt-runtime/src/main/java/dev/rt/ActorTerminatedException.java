package dev.rt;

/**
 * An {@code ask} reached an actor that had stopped, or that stopped before it handled the
 * request. The request was reported as a dead letter.
 */
public final class ActorTerminatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the stopped actor's path
     * @param requestType the simple name of the request's type
     */
    public ActorTerminatedException(String path, String requestType) {
        super("actor " + path + " has stopped, so it will never handle " + requestType
                + "; watch the actor to learn when it stops, or send to a live one");
        this.path = path;
    }

    /** {@return the stopped actor's path} */
    public String path() {
        return path;
    }
}
