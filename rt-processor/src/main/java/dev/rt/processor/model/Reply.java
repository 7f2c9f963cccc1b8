package dev.rt.processor.model;

/** What a handler returns, and so what the descriptor does with it. */
public enum Reply {
    /** Nothing: the handler returns void and handles no request. */
    NONE,
    /** The reply itself: the descriptor passes it to {@code Replier.reply}. */
    VALUE,
    /**
     * A {@code CompletionStage} of the reply: the descriptor passes it to {@code
     * Replier.replyLater}.
     */
    LATER
}
