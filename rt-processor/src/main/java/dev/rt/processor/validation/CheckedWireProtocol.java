package dev.rt.processor.validation;

import dev.rt.wire.WireSchema;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @WireProtocol} that {@link WireProtocolValidator} checked and found valid: the types
 * that travel, from which {@code dev.rt.processor.binding.CodecModels} builds the codec's model,
 * and the schema that they make.
 *
 * @param protocol the sealed interface
 * @param types the records, enums and sealed interfaces that travel, in schema order: the
 *     protocol first, then its cases, then the types that their components and replies reach,
 *     in the order first reached
 * @param requests the requests among the cases, in protocol order, with their replies
 * @param schema the schema, as {@code WireSchema.builder} built it from these types
 */
public record CheckedWireProtocol(
        TypeElement protocol, List<WireType> types, List<Request> requests, WireSchema schema) {

    /** Copies the lists. */
    public CheckedWireProtocol {
        types = List.copyOf(types);
        requests = List.copyOf(requests);
    }

    /**
     * A type that travels.
     *
     * @param element the record, enum or sealed interface
     * @param kind what it is
     * @param wireName its wire name
     * @param components a record's components, in order; empty otherwise
     * @param cases a sealed interface's records and enums, through its sealed sub-interfaces, in
     *     declaration order; empty otherwise
     * @param constants an enum's constants, in order; empty otherwise
     */
    public record WireType(
            TypeElement element,
            WireSchema.Kind kind,
            String wireName,
            List<Component> components,
            List<TypeElement> cases,
            List<String> constants) {

        /** Copies the lists. */
        public WireType {
            components = List.copyOf(components);
            cases = List.copyOf(cases);
            constants = List.copyOf(constants);
        }
    }

    /**
     * A component of a record that travels.
     *
     * @param element the component
     * @param shape how it travels
     */
    public record Component(RecordComponentElement element, WireShape shape) {}

    /**
     * A request of the protocol.
     *
     * @param element the record or enum that implements {@code Request<R>}
     * @param reply how {@code R} travels
     */
    public record Request(TypeElement element, WireShape reply) {}
}
