package dev.rt.processor.writing;

import static dev.rt.processor.RuntimeTypes.WIRE_CODEC;
import static dev.rt.processor.RuntimeTypes.WIRE_READER;
import static dev.rt.processor.RuntimeTypes.WIRE_SCHEMA;
import static dev.rt.processor.RuntimeTypes.WIRE_WRITER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rt.processor.model.CodecModel;
import dev.rt.processor.model.CodecType;
import dev.rt.processor.model.CodecValue;
import dev.rt.processor.model.WireContainer;
import dev.rt.processor.model.WireScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Protocol>Codec}: the {@code WireCodec} of a {@code @WireProtocol}, plain code
 * over its records with no reflection.
 *
 * <p>{@code encode} is one pattern-matching {@code switch} over the protocol, which writes the
 * tag of the message's record and then the record; {@code decode} is one {@code switch} on the
 * tag. Each record, enum and sealed interface that travels has a pair of private static methods,
 * {@code write<Name>} and {@code read<Name>}, and each list, set, map and optional a pair of
 * helpers. A record travels as its components, in order, in a body: its reader reads each
 * component only if the body still has bytes ({@code in.more(end)}), so that a record from an
 * older sender gets defaults for the components it did not have, and {@code in.endBody(end)}
 * skips those that a newer sender added. A value that may be null is preceded by its presence.
 * {@code encodeReply} and {@code decodeReply} are one {@code switch} over the requests.
 */
public final class CodecWriter {
    /** The width of the class's javadoc lines, without {@code " * "}. */
    private static final int CLASS_DOC = 97;

    /** The width of a member's javadoc lines, without {@code "     * "}. */
    private static final int MEMBER_DOC = 93;

    private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    private static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);
    private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
    private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
    private static final ClassName MAP_ENTRY = ClassName.get(Map.Entry.class);

    /** Creates a writer. */
    public CodecWriter() {}

    /**
     * Writes the codec of a wire protocol.
     *
     * @param model the protocol
     * @param originatingElement the protocol, for incremental builds
     * @return the codec's source file
     */
    public JavaFile write(CodecModel model, Element originatingElement) {
        ClassName codec = model.codec();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec).addJavadoc(classDoc(model));
        Sources.generated(type, model.generatedAnnotation(), originatingElement);
        if (model.usesDeprecated()) {
            type.addAnnotation(Sources.SUPPRESS_DEPRECATION);
        }
        if (model.publicCodec()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        type.addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(WIRE_CODEC, model.protocol()));

        type.addField(FieldSpec.builder(codec, "INSTANCE")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The only instance: a codec has no state.\n")
                .initializer("new $T()", codec)
                .build());
        for (CodecType.Tag tag : model.tags()) {
            type.addField(FieldSpec.builder(int.class, tag.constant())
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The tag of {@link $T}: {@code WireSchema.tagOf($S)}.\n",
                            tag.type(), tag.wireName())
                    .initializer("$L", hex(tag.value()))
                    .build());
        }
        for (CodecType value : model.types()) {
            if (value instanceof CodecType.EnumType enumType) {
                type.addField(FieldSpec.builder(ArrayTypeName.of(enumType.type()),
                                enumType.constants())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The constants of {@link $T}, which travel by index.\n",
                                enumType.type())
                        .initializer("$T.values()", enumType.type())
                        .build());
            }
        }
        type.addField(FieldSpec.builder(String.class, "SCHEMA_TEXT")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(new Prose()
                        .text("The schema's canonical text, also the resource ")
                        .code(model.schemaResource())
                        .text(".")
                        .wrap(MEMBER_DOC))
                .initializer("$S", model.schemaText())
                .build());
        type.addField(FieldSpec.builder(WIRE_SCHEMA, "SCHEMA")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The schema, read once from its text.\n")
                .initializer("$T.parse(SCHEMA_TEXT)", WIRE_SCHEMA)
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        type.addMethod(MethodSpec.methodBuilder("protocol")
                .addJavadoc("{@return {@link $T}, the protocol}\n", model.protocol())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), model.protocol()))
                .addStatement("return $T.class", model.protocol())
                .build());
        type.addMethod(MethodSpec.methodBuilder("schema")
                .addJavadoc("{@return the protocol's schema, as the processor built it}\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(WIRE_SCHEMA)
                .addStatement("return SCHEMA")
                .build());
        type.addMethod(encode(model));
        type.addMethod(decode(model));
        type.addMethod(encodeReply(model));
        type.addMethod(decodeReply(model));
        for (CodecType value : model.types()) {
            switch (value) {
                case CodecType.RecordType record -> {
                    type.addMethod(writeRecord(record));
                    type.addMethod(readRecord(record));
                }
                case CodecType.EnumType enumType -> {
                    type.addMethod(writeEnum(enumType));
                    type.addMethod(readEnum(enumType));
                }
                case CodecType.SealedType sealed -> {
                    type.addMethod(writeSealed(sealed));
                    type.addMethod(readSealed(sealed));
                }
            }
        }
        for (CodecValue.Container container : model.containers()) {
            type.addMethod(writeContainer(container));
            type.addMethod(readContainer(container));
        }
        return Sources.file(model.protocol(), type.build(), model.shadowedJavaLang());
    }

    private static String hex(int tag) {
        return String.format(Locale.ROOT, "0x%08x", tag);
    }

    private static CodeBlock classDoc(CodecModel model) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(new Prose()
                        .text("The wire codec of ")
                        .link(model.protocol())
                        .text(", generated from its ")
                        .code("@WireProtocol")
                        .text(": writes and reads its messages, and the replies of its requests,")
                        .text(" in RT's binary format (see ")
                        .link(WIRE_CODEC)
                        .text("). Its schema is also the resource ")
                        .code(model.schemaResource())
                        .text(".")
                        .wrap(CLASS_DOC))
                .add("\n")
                .add(new Prose()
                        .text("<p>A message travels as the tag of its type and its components, in")
                        .text(" order, in a body; a reader gives defaults for the components that")
                        .text(" an older sender did not have, and skips those that a newer one")
                        .text(" added. The types that travel, by wire name:")
                        .wrap(CLASS_DOC))
                .add("\n<ul>\n");
        List<CodecType> all = new ArrayList<>();
        all.add(model.root());
        all.addAll(model.types());
        Map<ClassName, CodecType.Tag> tags = model.tags().stream()
                .collect(Collectors.toMap(CodecType.Tag::type, tag -> tag));
        for (CodecType value : all) {
            Prose item = new Prose().link(value.type()).text(": ").code(value.wireName());
            CodecType.Tag tag = tags.get(value.type());
            if (tag != null) {
                item.text(", tag ").code(hex(tag.value()));
            }
            switch (value) {
                case CodecType.RecordType record -> item.text(", a record");
                case CodecType.EnumType enumType -> item.text(", an enum");
                case CodecType.SealedType sealed -> item.text(", sealed");
            }
            doc.add(item.wrap(CLASS_DOC, "  <li>", "      "));
        }
        return doc.add("</ul>\n").build();
    }

    private static MethodSpec encode(CodecModel model) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (message)");
        for (CodecType.Case sealedCase : model.root().cases()) {
            body.beginControlFlow("case $T m ->", sealedCase.type())
                    .addStatement("out.writeTag($L)", sealedCase.tag().constant())
                    .addStatement("write$L(m, out)", sealedCase.method())
                    .endControlFlow();
        }
        body.endControlFlow();
        return MethodSpec.methodBuilder("encode")
                .addJavadoc("Writes a message: the tag of its type, then its components.\n\n")
                .addJavadoc("@param message the message\n@param out where to write it\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.protocol(), "message")
                .addParameter(WIRE_WRITER, "out")
                .addCode(body.build())
                .build();
    }

    private static MethodSpec decode(CodecModel model) {
        return MethodSpec.methodBuilder("decode")
                .addJavadoc("Reads a message: its tag, then the components of its type.\n\n")
                .addJavadoc("@param in the bytes\n@return the message\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.protocol())
                .addParameter(WIRE_READER, "in")
                .addCode(tagSwitch(model.root()))
                .build();
    }

    /** {@code int tag = in.readTag();} and a {@code switch} on it, one case per case. */
    private static CodeBlock tagSwitch(CodecType.SealedType sealed) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("int tag = in.readTag()")
                .beginControlFlow("return switch (tag)");
        for (CodecType.Case sealedCase : sealed.cases()) {
            body.addStatement("case $L -> read$L(in)", sealedCase.tag().constant(),
                    sealedCase.method());
        }
        return body.addStatement("default -> throw in.unknownTag(tag, $S)", sealed.wireName())
                .unindent()
                .add("};\n")
                .build();
    }

    private static MethodSpec encodeReply(CodecModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("encodeReply")
                .addJavadoc("Writes the reply of a request, as its request's {@code Request<R>}"
                        + " says.\n\n")
                .addJavadoc("@param request the request that was answered\n@param reply its"
                        + " reply\n@param out where to write it\n")
                .addJavadoc("@throws $T if {@code request} is not a request\n",
                        IllegalArgumentException.class)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.protocol(), "request")
                .addParameter(Object.class, "reply")
                .addParameter(WIRE_WRITER, "out");
        if (model.replies().isEmpty()) {
            return method.addStatement(notARequest(model, false)).build();
        }
        boolean unchecked = false;
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (request)");
        for (CodecModel.RequestReply reply : model.replies()) {
            body.beginControlFlow("case $T r ->", reply.request());
            CodecValue value = reply.value();
            if (!(value instanceof CodecValue.Scalar scalar && scalar.scalar() == WireScalar.VOID)) {
                unchecked |= value.type() instanceof ParameterizedTypeName;
                body.addStatement("$T value = ($T) reply", value.type(), value.type());
                body.add(write(value, CodeBlock.of("value"), false));
            }
            body.endControlFlow();
        }
        body.addStatement("default -> $L", notARequest(model, true)).endControlFlow();
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.addCode(body.build()).build();
    }

    /** Throws for a message that is not a request, which has no reply. */
    private static CodeBlock notARequest(CodecModel model, boolean hasRequests) {
        String protocol = String.join(".", model.protocol().simpleNames());
        return CodeBlock.of("throw new $T(request.getClass().getName()$W+ $S)",
                IllegalArgumentException.class,
                hasRequests
                        ? " is not a request of " + protocol + ", so it has no reply"
                        : " has no reply: " + protocol + " has no requests");
    }

    private static MethodSpec decodeReply(CodecModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("decodeReply")
                .addJavadoc("Reads the reply of a request, as its request's {@code Request<R>}"
                        + " says.\n\n")
                .addJavadoc("@param request the request that was asked\n@param in the bytes\n"
                        + "@return the reply\n")
                .addJavadoc("@throws $T if {@code request} is not a request\n",
                        IllegalArgumentException.class)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(model.protocol(), "request")
                .addParameter(WIRE_READER, "in");
        if (model.replies().isEmpty()) {
            return method.addStatement(notARequest(model, false)).build();
        }
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("return switch (request)");
        for (CodecModel.RequestReply reply : model.replies()) {
            CodecValue value = reply.value();
            CodeBlock read = value instanceof CodecValue.Scalar scalar
                            && scalar.scalar() == WireScalar.VOID
                    ? CodeBlock.of("null")
                    : read(value);
            body.addStatement("case $T r -> $L", reply.request(), read);
        }
        body.addStatement("default -> $L", notARequest(model, true)).unindent().add("};\n");
        return method.addCode(body.build()).build();
    }

    private static MethodSpec writeRecord(CodecType.RecordType record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("write" + record.method())
                .addJavadoc(doc("Writes a record", record, "its components, in order, in a body."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(record.type(), "value")
                .addParameter(WIRE_WRITER, "out");
        if (record.fields().isEmpty()) {
            return method.addStatement("out.endBody(out.beginBody())").build();
        }
        method.addStatement("int body = out.beginBody()");
        for (CodecType.Field field : record.fields()) {
            method.addCode(write(field.value(), CodeBlock.of("value.$L()", field.name()), true));
        }
        return method.addStatement("out.endBody(body)").build();
    }

    private static MethodSpec readRecord(CodecType.RecordType record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read" + record.method())
                .addJavadoc(doc("Reads a record", record, "the components that its sender had, in"
                        + " order, and defaults for those it did not have; it skips those that the"
                        + " sender has and this node does not."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(record.type())
                .addParameter(WIRE_READER, "in");
        if (record.fields().isEmpty()) {
            method.addStatement("in.endBody(in.beginBody())");
        } else {
            method.addStatement("int end = in.beginBody()");
            for (CodecType.Field field : record.fields()) {
                method.addStatement("$T $L = $L", field.value().type(), field.local(),
                        component(field.value()));
            }
            method.addStatement("in.endBody(end)");
        }
        String arguments = record.fields().stream()
                .map(CodecType.Field::local)
                .collect(Collectors.joining(", "));
        return method.beginControlFlow("try")
                .addStatement("return new $T($L)", record.type(), arguments)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw in.invalid($S, e)", record.wireName())
                .endControlFlow()
                .build();
    }

    /** A component, read if the body has it, else its default. */
    private static CodeBlock component(CodecValue value) {
        return switch (value) {
            case CodecValue.Scalar scalar when scalar.scalar().isPrimitive() ->
                    CodeBlock.of("in.more(end) ? in.$L()$W: $L", scalar.scalar().readMethod(),
                            scalar.scalar().missing());
            case CodecValue.Container container ->
                    CodeBlock.of("in.more(end) ? read$L(in)$W: " + container.container().missing(),
                            container.helper(), container.container().type());
            default -> CodeBlock.of("in.more(end) && in.present() ? $L$W: null", readPresent(value));
        };
    }

    /**
     * Writes a value that may be null: its presence, then, if present, the value.
     *
     * @param value how it travels
     * @param expression the value, which is evaluated more than once
     * @param inStatic whether the code is in a static method, which reaches the protocol's
     *     {@code encode} through {@code INSTANCE}
     */
    private static CodeBlock write(CodecValue value, CodeBlock expression, boolean inStatic) {
        return switch (value) {
            case CodecValue.Scalar scalar when scalar.scalar().isPrimitive() ->
                    CodeBlock.builder()
                            .addStatement("out.$L($L)", scalar.scalar().writeMethod(), expression)
                            .build();
            case CodecValue.Container container ->
                    CodeBlock.builder()
                            .addStatement("write$L($L, out)", container.helper(), expression)
                            .build();
            default -> CodeBlock.builder()
                    .beginControlFlow("if (out.present($L))", expression)
                    .addStatement(writePresent(value, expression, inStatic))
                    .endControlFlow()
                    .build();
        };
    }

    /** Writes a value that is not null. */
    private static CodeBlock writePresent(CodecValue value, CodeBlock expression, boolean inStatic) {
        return switch (value) {
            case CodecValue.Scalar scalar ->
                    CodeBlock.of("out.$L($L)", scalar.scalar().writeMethod(), expression);
            case CodecValue.Named named when named.protocol() ->
                    CodeBlock.of(inStatic ? "INSTANCE.encode($L, out)" : "encode($L, out)",
                            expression);
            case CodecValue.Named named ->
                    CodeBlock.of("write$L($L, out)", named.method(), expression);
            case CodecValue.Ref ref when ref.handle().isPresent() ->
                    CodeBlock.of("out.writeRef($L.ref())", expression);
            case CodecValue.Ref ref -> CodeBlock.of("out.writeRef($L)", expression);
            case CodecValue.Container container ->
                    CodeBlock.of("write$L($L, out)", container.helper(), expression);
        };
    }

    /** Reads a value that may be null: its presence, then, if present, the value. */
    private static CodeBlock read(CodecValue value) {
        return switch (value) {
            case CodecValue.Scalar scalar when scalar.scalar().isPrimitive() ->
                    CodeBlock.of("in.$L()", scalar.scalar().readMethod());
            case CodecValue.Container container -> CodeBlock.of("read$L(in)", container.helper());
            default -> CodeBlock.of("in.present() ? $L$W: null", readPresent(value));
        };
    }

    /** Reads a value that is there: a reference type's, after its presence. */
    private static CodeBlock readPresent(CodecValue value) {
        return switch (value) {
            case CodecValue.Scalar scalar -> CodeBlock.of("in.$L()", scalar.scalar().readMethod());
            case CodecValue.Named named when named.protocol() -> CodeBlock.of("INSTANCE.decode(in)");
            case CodecValue.Named named -> CodeBlock.of("read$L(in)", named.method());
            case CodecValue.Ref ref when ref.handle().isPresent() ->
                    CodeBlock.of("$T.of(in.readRef($T.INSTANCE))", ref.handle().get(), ref.codec());
            case CodecValue.Ref ref -> CodeBlock.of("in.readRef($T.INSTANCE)", ref.codec());
            case CodecValue.Container container -> CodeBlock.of("read$L(in)", container.helper());
        };
    }

    private static MethodSpec writeEnum(CodecType.EnumType enumType) {
        return MethodSpec.methodBuilder("write" + enumType.method())
                .addJavadoc(doc("Writes a constant of", enumType, "its index."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(enumType.type(), "value")
                .addParameter(WIRE_WRITER, "out")
                .addStatement("out.writeVarint(value.ordinal())")
                .build();
    }

    private static MethodSpec readEnum(CodecType.EnumType enumType) {
        return MethodSpec.methodBuilder("read" + enumType.method())
                .addJavadoc(doc("Reads a constant of", enumType, "the constant at its index."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(enumType.type())
                .addParameter(WIRE_READER, "in")
                .addStatement("return $L[in.readEnumIndex($L.length)]", enumType.constants(),
                        enumType.constants())
                .build();
    }

    private static MethodSpec writeSealed(CodecType.SealedType sealed) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (value)");
        for (CodecType.Case sealedCase : sealed.cases()) {
            body.beginControlFlow("case $T v ->", sealedCase.type())
                    .addStatement("out.writeTag($L)", sealedCase.tag().constant())
                    .addStatement("write$L(v, out)", sealedCase.method())
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder("write" + sealed.method())
                .addJavadoc(doc("Writes a value of the sealed", sealed,
                        "the tag of its case, then the case."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(sealed.type(), "value")
                .addParameter(WIRE_WRITER, "out")
                .addCode(body.endControlFlow().build())
                .build();
    }

    private static MethodSpec readSealed(CodecType.SealedType sealed) {
        return MethodSpec.methodBuilder("read" + sealed.method())
                .addJavadoc(doc("Reads a value of the sealed", sealed,
                        "its tag, then the case that the tag names."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(sealed.type())
                .addParameter(WIRE_READER, "in")
                .addCode(tagSwitch(sealed))
                .build();
    }

    /** The javadoc of a type's method: what it does, the type and its wire name, and how. */
    private static CodeBlock doc(String what, CodecType type, String how) {
        return new Prose()
                .text(what + " ")
                .link(type.type())
                .text(" (")
                .code(type.wireName())
                .text(" on the wire): " + how)
                .wrap(MEMBER_DOC);
    }

    /** A type as the source would write it with imports: {@code List<OrderMsg.Line>}. */
    private static String simpleName(TypeName type) {
        return switch (type) {
            case ClassName name -> String.join(".", name.simpleNames());
            case ParameterizedTypeName parameterized -> parameterized.typeArguments().stream()
                    .map(CodecWriter::simpleName)
                    .collect(Collectors.joining(", ", simpleName(parameterized.rawType()) + "<", ">"));
            case ArrayTypeName array -> simpleName(array.componentType()) + "[]";
            default -> type.toString();
        };
    }

    /** The javadoc of a container's helper. */
    private static CodeBlock doc(String what, CodecValue.Container container, String how) {
        return new Prose()
                .text(what + " " + Words.article(simpleName(container.type())) + " ")
                .code(simpleName(container.type()))
                .text(" that may be null: " + how)
                .wrap(MEMBER_DOC);
    }

    private static MethodSpec writeContainer(CodecValue.Container container) {
        String how = switch (container.container()) {
            case LIST, SET -> "its presence, its size, then each element.";
            case MAP -> "its presence, its size, then each key and its value.";
            case OPTIONAL -> "its value, or null when it is empty.";
        };
        MethodSpec.Builder method = MethodSpec.methodBuilder("write" + container.helper())
                .addJavadoc(doc("Writes", container, how))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(container.type(), "value")
                .addParameter(WIRE_WRITER, "out");
        List<CodecValue> arguments = container.arguments();
        switch (container.container()) {
            case LIST, SET -> method
                    .beginControlFlow("if (!out.present(value))")
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("out.writeSize(value.size())")
                    .beginControlFlow("for ($T element : value)", arguments.get(0).type())
                    .addCode(write(arguments.get(0), CodeBlock.of("element"), true))
                    .endControlFlow();
            case MAP -> method
                    .beginControlFlow("if (!out.present(value))")
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("out.writeSize(value.size())")
                    .beginControlFlow("for ($T<$T, $T> entry : value.entrySet())", MAP_ENTRY,
                            arguments.get(0).type(), arguments.get(1).type())
                    .addCode(write(arguments.get(0), CodeBlock.of("entry.getKey()"), true))
                    .addCode(write(arguments.get(1), CodeBlock.of("entry.getValue()"), true))
                    .endControlFlow();
            case OPTIONAL -> method
                    .addStatement("$T element = value == null ? null : value.orElse(null)",
                            arguments.get(0).type())
                    .addCode(write(arguments.get(0), CodeBlock.of("element"), true));
        }
        return method.build();
    }

    private static MethodSpec readContainer(CodecValue.Container container) {
        String how = container.container() == WireContainer.OPTIONAL
                ? "empty when its value is null."
                : "unmodifiable, in the sender's order.";
        MethodSpec.Builder method = MethodSpec.methodBuilder("read" + container.helper())
                .addJavadoc(doc("Reads", container, how))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(container.type())
                .addParameter(WIRE_READER, "in");
        List<CodecValue> arguments = container.arguments();
        if (container.container() == WireContainer.OPTIONAL) {
            return method.addStatement("return $T.ofNullable($L)", container.container().type(),
                            read(arguments.get(0)))
                    .build();
        }
        method.beginControlFlow("if (!in.present())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int size = in.readSize()");
        switch (container.container()) {
            case LIST -> method
                    .addStatement("$T list = new $T<>(size)", container.type(), ARRAY_LIST)
                    .beginControlFlow("for (int i = 0; i < size; i++)")
                    .addStatement("list.add($L)", read(arguments.get(0)))
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(list)", COLLECTIONS);
            case SET -> method
                    .addStatement("$T set = $T.newLinkedHashSet(size)", container.type(),
                            LINKED_HASH_SET)
                    .beginControlFlow("for (int i = 0; i < size; i++)")
                    .addStatement("set.add($L)", read(arguments.get(0)))
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableSet(set)", COLLECTIONS);
            case MAP -> method
                    .addStatement("$T map = $T.newLinkedHashMap(size)", container.type(),
                            LINKED_HASH_MAP)
                    .beginControlFlow("for (int i = 0; i < size; i++)")
                    .addStatement("$T key = $L", arguments.get(0).type(), read(arguments.get(0)))
                    .addStatement("map.put(key, $L)", read(arguments.get(1)))
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableMap(map)", COLLECTIONS);
            case OPTIONAL -> throw new AssertionError("handled above");
        }
        return method.build();
    }
}
