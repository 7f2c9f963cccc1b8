package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A handler method of the behavior, and so one case of the dispatch switch.
 *
 * @param method the handler
 * @param messageType the type of its first parameter: a message, or a sealed group of messages
 * @param group whether {@code messageType} is a group rather than a single message
 * @param arguments what the descriptor passes after the message, in order
 * @param reply what the descriptor does with what it returns
 * @param messages the messages it handles, in protocol order
 */
public record Handler(
        MethodRef method,
        ClassName messageType,
        boolean group,
        List<Argument> arguments,
        Reply reply,
        List<ClassName> messages) {

    /** Copies the list. */
    public Handler {
        arguments = List.copyOf(arguments);
        messages = List.copyOf(messages);
    }

    /** What a handler takes after the message. */
    public enum Argument {
        /** The actor's context: {@code context}. */
        CONTEXT,
        /** The actor's own handle, made from its reference. */
        SELF
    }
}
