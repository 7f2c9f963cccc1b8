package dev.rt.spi;

import java.util.concurrent.CompletionStage;

/**
 * Receives the reply of a request's handler, from generated descriptors.
 *
 * <p>Threading: called on the actor's thread, during {@link BehaviorDescriptor#dispatch}, at most
 * once per message. When the request was sent with {@code tell} the reply is discarded.
 */
public interface Replier {

    /**
     * Replies with a value returned by the handler.
     *
     * @param value the reply; may be null
     */
    void reply(Object value);

    /**
     * Replies with the outcome of a stage returned by the handler, when it completes.
     *
     * @param stage the handler's stage; null fails the request with an {@link
     *     IllegalStateException}
     */
    void replyLater(CompletionStage<?> stage);
}
