package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * A leaf of the protocol: a message that the handle sends.
 *
 * @param type the message type
 * @param methodName the name of its handle method, such as {@code increment} for {@code Increment}
 * @param shape whether the handle builds the message from its components or takes it whole
 * @param components the record's components, in order; empty unless the shape is {@link
 *     Shape#RECORD}
 * @param reply {@code R} if the message is a {@code Request<R>}
 * @param handler the handler that the descriptor calls for it
 * @param priority the type whose {@code @Priority} makes the message urgent: the message itself, or
 *     a group it belongs to; empty for a message that is not urgent
 */
public record Message(
        ClassName type,
        String methodName,
        Shape shape,
        List<Component> components,
        Optional<TypeName> reply,
        MethodRef handler,
        Optional<ClassName> priority) {

    /** Copies the list. */
    public Message {
        components = List.copyOf(components);
    }

    /** {@return whether the message is a request, sent with {@code ask}} */
    public boolean isRequest() {
        return reply.isPresent();
    }

    /** {@return whether the message is urgent: handled ahead of the others} */
    public boolean isPriority() {
        return priority.isPresent();
    }

    /** How the handle method gets the message. */
    public enum Shape {
        /** A record: the method takes its components and creates it. */
        RECORD,
        /** A final class or an enum: the method takes the message itself. */
        INSTANCE
    }
}
