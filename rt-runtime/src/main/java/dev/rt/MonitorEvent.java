package dev.rt;

/**
 * Something that happened in an {@link ActorSystem}, reported to its {@link Monitor}. Every event
 * names the path of the actor it concerns.
 */
public sealed interface MonitorEvent {

    /** {@return the path of the actor the event concerns} */
    String path();

    /**
     * An actor was created and its {@link Actor#preStart} returned.
     *
     * @param path the actor's path
     * @param behavior the simple name of the behavior class
     */
    record ActorStarted(String path, String behavior) implements MonitorEvent {}

    /**
     * A handler or a hook threw. The message it was handling is not retried.
     *
     * @param path the actor's path
     * @param messageType the simple name of the message's type, or the hook's name
     * @param cause what was thrown
     */
    record ActorFailed(String path, String messageType, Throwable cause) implements MonitorEvent {}

    /**
     * An actor terminated: its children have stopped and {@link Actor#postStop} has run.
     *
     * @param path the actor's path
     * @param failed whether it terminated because it failed
     */
    record ActorStopped(String path, boolean failed) implements MonitorEvent {}

    /**
     * A message could not be delivered: its recipient had stopped, or stopped first.
     *
     * @param path the recipient's path
     * @param message the message
     * @param reason why it was not delivered
     */
    record DeadLetter(String path, Object message, String reason) implements MonitorEvent {}
}
