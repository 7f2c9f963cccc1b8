package dev.rt;

/**
 * An actor behavior whose protocol is {@code M}.
 *
 * <p>Implement it in a class annotated with {@link dev.rt.annotation.ActorBehavior}; the
 * processor checks the handlers against the sealed protocol {@code M} and generates the handle
 * and the descriptor. The lifecycle hooks are default methods, so a behavior overrides only what
 * it needs.
 *
 * <p>Threading: every method of a behavior, handlers and hooks alike, is called by one thread at
 * a time, and each call happens-before the next one. A behavior's fields need no
 * synchronization, as long as they are not shared with other threads (for example through a
 * {@code CompletionStage} callback).
 *
 * @param <M> the protocol: a sealed interface
 */
public interface Actor<M> {

    /**
     * Called once the instance is created, before it handles any message. An exception fails the
     * actor, as a failing handler does.
     *
     * @param context the actor's context, valid for the actor's whole life
     * @throws Exception to fail the actor
     */
    default void preStart(ActorContext<M> context) throws Exception {}

    /**
     * Called on the old instance when its supervisor restarts the actor, before the instance is
     * dropped: its children are stopped and its watches dropped right after, then a fresh
     * instance comes from the factory and {@link #preStart} runs on it. Messages queued meanwhile
     * stay in the mailbox. By default it calls {@link #postStop()}, so that the cleanup of an
     * instance runs however the instance ends. An exception is logged and otherwise ignored.
     *
     * @param cause the failure that led to the restart; when a sibling's failure takes the actor
     *     down, the sibling's failure; null after a normal exit of a permanent actor
     * @throws Exception logged and ignored
     */
    default void preRestart(Throwable cause) throws Exception {
        postStop();
    }

    /**
     * Called once after the actor has stopped, normally or after a failure, and after all of its
     * children have stopped. An exception is logged and otherwise ignored.
     *
     * @throws Exception logged and ignored
     */
    default void postStop() throws Exception {}

    /**
     * Called when an actor this one {@linkplain ActorContext#watch watches} has terminated.
     * Nothing happens by default: a watch is a monitor, not a link, so the watcher does not fail.
     * An exception fails this actor, as a failing handler does.
     *
     * @param terminated which actor stopped and why
     * @param context this actor's context
     * @throws Exception to fail this actor
     */
    default void onTerminated(Terminated terminated, ActorContext<M> context) throws Exception {}
}
