package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/** A value that a codec writes and reads: a component's, an element's or a reply's. */
public sealed interface CodecValue {

    /** {@return its Java type} */
    TypeName type();

    /**
     * A value of one {@code WireWriter} call.
     *
     * @param scalar which
     */
    record Scalar(WireScalar scalar) implements CodecValue {
        @Override
        public TypeName type() {
            return scalar.type();
        }
    }

    /**
     * A record, an enum or a sealed interface of the protocol's schema: written and read by its
     * own methods, {@code write<method>} and {@code read<method>}.
     *
     * @param type the type
     * @param method its methods' name after {@code write} and {@code read}, such as {@code Add}
     * @param protocol whether it is the protocol itself, written by {@code encode} and read by
     *     {@code decode} with their tag
     * @param sealed whether it is a sealed interface, which travels with the tag of its case
     */
    record Named(ClassName type, String method, boolean protocol, boolean sealed)
            implements CodecValue {}

    /**
     * A list, set, map or optional, written and read by a helper of its own, {@code
     * write<helper>} and {@code read<helper>}, which also writes and reads its presence.
     *
     * @param container which
     * @param type its Java type, such as {@code List<String>}
     * @param arguments its elements' values: one, or a key and a value for a map
     * @param helper its helpers' name after {@code write} and {@code read}, such as {@code
     *     ListOfString}
     */
    record Container(WireContainer container, TypeName type, List<CodecValue> arguments,
            String helper) implements CodecValue {

        /** Copies the list. */
        public Container {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A reference to an actor of a wire protocol: an {@code ActorRef}, or a generated handle.
     *
     * @param type its Java type, such as {@code ActorRef<CounterMsg>} or {@code CounterHandle}
     * @param codec the codec of the actor's protocol, for {@code WireReader.readRef}
     * @param handle the handle, when the value is one: written as its {@code ref()}, read with
     *     its {@code of(ref)}
     */
    record Ref(TypeName type, ClassName codec, Optional<ClassName> handle) implements CodecValue {}
}
