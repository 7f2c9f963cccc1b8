package dev.rt.processor.validation;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * A handler that {@link HandlerValidator} accepted: one that the descriptor can call.
 *
 * @param method the method
 * @param type its type as a member of the behavior
 * @param messageType its first parameter's class: the protocol, a group or a message
 * @param takesContext whether it takes the actor's context as its second parameter
 * @param returns what it returns, and so how it replies
 * @param covered the messages it handles, in protocol order
 */
public record CheckedHandler(
        ExecutableElement method,
        ExecutableType type,
        TypeElement messageType,
        boolean takesContext,
        Returns returns,
        List<ProtocolTree.Leaf> covered) {

    /** What a handler returns, checked against the messages it handles. */
    public enum Returns {
        /** Nothing: it returns void and handles no request. */
        VOID,
        /** The reply itself. */
        VALUE,
        /** A {@code CompletionStage} of the reply, or a subtype of one: the reply comes later. */
        STAGE
    }
}
