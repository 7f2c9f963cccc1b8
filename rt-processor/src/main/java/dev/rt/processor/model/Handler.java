package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A handler method of the behavior, and so one case of the dispatch switch.
 *
 * @param method the handler
 * @param messageType the type of its first parameter: a message, or a sealed group of messages
 * @param group whether {@code messageType} is a group rather than a single message
 * @param takesContext whether it takes the actor's context as its second parameter
 * @param reply what the descriptor does with what it returns
 * @param messages the messages it handles, in protocol order
 */
public record Handler(
        MethodRef method,
        ClassName messageType,
        boolean group,
        boolean takesContext,
        Reply reply,
        List<ClassName> messages) {

    /** Copies the list. */
    public Handler {
        messages = List.copyOf(messages);
    }
}
