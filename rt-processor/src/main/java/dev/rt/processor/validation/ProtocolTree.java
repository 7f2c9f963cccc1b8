package dev.rt.processor.validation;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A protocol as read from the sealed hierarchy: its leaves and its groups.
 *
 * @param element the protocol, a sealed interface
 * @param type the protocol as a type
 * @param leaves the messages, depth-first in the order of the {@code permits} clauses, each once
 * @param groups the sealed sub-interfaces, in the same order
 */
public record ProtocolTree(
        TypeElement element, DeclaredType type, List<Leaf> leaves, List<TypeElement> groups) {

    /** Copies the lists. */
    public ProtocolTree {
        leaves = List.copyOf(leaves);
        groups = List.copyOf(groups);
    }

    /**
     * A message: a record, a final class or an enum.
     *
     * @param element the message type
     * @param methodName the name of its handle method
     * @param reply {@code R} if it implements {@code Request<R>}
     * @param replyName how generated code writes {@code R}: its name, or, for a handle that does
     *     not exist yet, the name it is generated with ({@link PendingHandles})
     * @param componentTypes how generated code writes the types of a record's components, in
     *     order, written the same way; empty for a class or an enum
     */
    public record Leaf(
            TypeElement element,
            String methodName,
            Optional<TypeMirror> reply,
            Optional<TypeName> replyName,
            List<TypeName> componentTypes) {

        /** Copies the list. */
        public Leaf {
            componentTypes = List.copyOf(componentTypes);
        }
    }
}
