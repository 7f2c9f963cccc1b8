package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A record, an enum or a sealed interface of a protocol's schema, with the methods that write it. */
public sealed interface CodecType {

    /** {@return the type} */
    ClassName type();

    /** {@return its wire name} */
    String wireName();

    /** {@return its methods' name after {@code write} and {@code read}, such as {@code Add}} */
    String method();

    /**
     * A record: its components in a body, in declaration order.
     *
     * @param type the record
     * @param wireName its wire name
     * @param method its methods' name
     * @param fields its components, in order
     */
    record RecordType(ClassName type, String wireName, String method, List<Field> fields)
            implements CodecType {

        /** Copies the list. */
        public RecordType {
            fields = List.copyOf(fields);
        }
    }

    /**
     * An enum: the index of its constant.
     *
     * @param type the enum
     * @param wireName its wire name
     * @param method its methods' name
     * @param constants the constant that holds its constants, by index
     */
    record EnumType(ClassName type, String wireName, String method, String constants)
            implements CodecType {}

    /**
     * A sealed interface: the tag of its case, then the case.
     *
     * @param type the sealed interface
     * @param wireName its wire name
     * @param method its methods' name; unused for the protocol, written by {@code encode}
     * @param cases its records and enums, through its sealed sub-interfaces, in declaration order
     */
    record SealedType(ClassName type, String wireName, String method, List<Case> cases)
            implements CodecType {

        /** Copies the list. */
        public SealedType {
            cases = List.copyOf(cases);
        }
    }

    /**
     * A component of a record.
     *
     * @param name the component
     * @param local the name of the local variable that a reader reads it into: the component's,
     *     unless that name is taken in the reader
     * @param value how it travels
     */
    record Field(String name, String local, CodecValue value) {}

    /**
     * A case of a sealed interface.
     *
     * @param type the record or enum
     * @param method its methods' name
     * @param tag its tag
     */
    record Case(ClassName type, String method, Tag tag) {}

    /**
     * The tag in front of a case, as a constant of the codec.
     *
     * @param constant the constant's name, such as {@code TAG_ADD}
     * @param value the tag
     * @param wireName the wire name it is the tag of
     * @param type the type of that name
     */
    record Tag(String constant, int value, String wireName, ClassName type) {}
}
