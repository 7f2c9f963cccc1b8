package dev.rt.processor.validation;

import dev.rt.processor.model.WireContainer;
import dev.rt.processor.model.WireScalar;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** How a value that {@link WireProtocolValidator} accepted travels. */
public sealed interface WireShape {

    /**
     * One {@code WireWriter} call.
     *
     * @param scalar which
     */
    record Scalar(WireScalar scalar) implements WireShape {}

    /**
     * A record, an enum or a sealed interface of the schema.
     *
     * @param type the type
     */
    record Named(TypeElement type) implements WireShape {}

    /**
     * A list, set, map or optional.
     *
     * @param container which
     * @param type its type, with its type arguments
     * @param arguments how its elements travel: one, or a key and a value for a map
     */
    record Container(WireContainer container, TypeMirror type, List<WireShape> arguments)
            implements WireShape {

        /** Copies the list. */
        public Container {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A reference to an actor of a wire protocol.
     *
     * @param type the {@code ActorRef<P>} or the handle, as declared
     * @param protocol the actor's protocol, a {@code @WireProtocol}
     * @param handle the generated handle, when the value is one
     */
    record Ref(TypeMirror type, TypeElement protocol, Optional<TypeElement> handle)
            implements WireShape {}
}
