package dev.rt.processor.validation;

import com.palantir.javapoet.TypeName;
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
 * @param arguments what it takes after the message, in order
 * @param parameterNames its parameters' erased types as declared, as generated code writes them
 *     (a handle that does not exist yet by the name it is generated with), for javadoc links
 * @param returns what it returns, and so how it replies
 * @param covered the messages it handles, in protocol order
 */
public record CheckedHandler(
        ExecutableElement method,
        ExecutableType type,
        TypeElement messageType,
        List<Argument> arguments,
        List<TypeName> parameterNames,
        Returns returns,
        List<ProtocolTree.Leaf> covered) {

    /** Copies the lists. */
    public CheckedHandler {
        arguments = List.copyOf(arguments);
        parameterNames = List.copyOf(parameterNames);
        covered = List.copyOf(covered);
    }

    /** What a handler may take after the message. */
    public enum Argument {
        /** The actor's context, {@code ActorContext<M>}. */
        CONTEXT,
        /** The actor's own handle, the one generated from its behavior. */
        SELF
    }

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
