package dev.rt;

/** An actor name is malformed, or already taken by a live sibling. */
public final class InvalidActorNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it
     */
    public InvalidActorNameException(String message) {
        super(message);
    }
}
