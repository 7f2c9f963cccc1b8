package dev.rt;

/**
 * A bounded mailbox refused a message: its overflow policy is {@code REJECT}, or {@code BLOCK}
 * and no room came in time. The message was reported as dropped.
 */
public final class MailboxFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int capacity;
    private final String messageType;

    /**
     * Creates the exception.
     *
     * @param path the actor's path
     * @param capacity the mailbox's capacity
     * @param messageType the simple name of the refused message's type
     * @param blocked whether the sender waited for room first
     */
    public MailboxFullException(String path, int capacity, String messageType, boolean blocked) {
        super("the mailbox of " + path + " is full (capacity " + capacity + "), so "
                + messageType + " was " + (blocked ? "not accepted in time" : "rejected")
                + "; slow down, use offer() to test for room, or raise the capacity");
        this.path = path;
        this.capacity = capacity;
        this.messageType = messageType;
    }

    /** {@return the actor's path} */
    public String path() {
        return path;
    }

    /** {@return the mailbox's capacity} */
    public int capacity() {
        return capacity;
    }

    /** {@return the simple name of the refused message's type} */
    public String messageType() {
        return messageType;
    }
}
