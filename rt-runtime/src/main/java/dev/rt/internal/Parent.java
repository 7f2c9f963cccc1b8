package dev.rt.internal;

/**
 * What a cell reports its termination to: another cell, or the system's root for top-level
 * actors.
 */
interface Parent {

    /** {@return this parent's path, the prefix of its children's paths} */
    String path();

    /**
     * Called once, from the child's thread, when the child has terminated.
     *
     * @param child the child
     * @param failure why it terminated, or null after a normal stop
     */
    void childTerminated(ActorCell<?, ?> child, Throwable failure);
}
