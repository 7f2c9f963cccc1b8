package dev.rt;

/**
 * An actor stashed a message while its {@link Stash} was full. Thrown by {@link Stash#stash()}
 * inside a handler, it fails the actor as any exception of a handler does; the message was not
 * stashed, and counts as failed.
 */
public final class StashOverflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int capacity;

    /**
     * Creates the exception.
     *
     * @param path the actor's path
     * @param capacity the stash's capacity
     * @param messageType the simple name of the message that did not fit
     */
    public StashOverflowException(String path, int capacity, String messageType) {
        super("the stash of " + path + " is full (capacity " + capacity + "), so " + messageType
                + " could not be stashed; unstash before stashing more, or stop waiting for what"
                + " the stashed messages wait for (a timer that gives up, for example)");
        this.path = path;
        this.capacity = capacity;
    }

    /** {@return the actor's path} */
    public String path() {
        return path;
    }

    /** {@return the stash's capacity} */
    public int capacity() {
        return capacity;
    }
}
