package dev.rt.processor.binding;

import static dev.rt.processor.JavaNames.constantName;
import static dev.rt.processor.JavaNames.unique;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.processor.model.CodecModel;
import dev.rt.processor.model.CodecType;
import dev.rt.processor.model.CodecValue;
import dev.rt.processor.validation.CheckedWireProtocol;
import dev.rt.processor.validation.Names;
import dev.rt.processor.validation.WireShape;
import dev.rt.wire.WireSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link CodecModel} of a wire protocol that {@link
 * dev.rt.processor.validation.WireProtocolValidator} checked: the names of the codec's methods
 * and constants, and how each value travels. It decides nothing that could fail, and reports
 * nothing.
 *
 * <p>Each record, enum and sealed interface gets a pair of methods named after it, {@code
 * write<Name>} and {@code read<Name>}: its simple name when no other type of the protocol has it,
 * else its nested names joined ({@code CounterMsgAdd}), with a number when even that is taken.
 * Each list, set, map and optional gets a pair of helpers named after its type ({@code
 * ListOfString}, {@code MapOfStringToLong}); each case of a sealed interface a tag constant
 * ({@code TAG_ADD}).
 */
public final class CodecModels {
    /** The constants that every codec has. */
    private static final Set<String> CONSTANTS = Set.of("INSTANCE", "SCHEMA", "SCHEMA_TEXT");

    /** Local variables of a record's reader that a component's cannot take. */
    private static final Set<String> READER_LOCALS = Set.of("in", "end", "e", "java");

    private final Elements elements;
    private final GenerationSite site;

    /**
     * Creates a factory for one compilation.
     *
     * @param env the processing environment
     */
    public CodecModels(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.site = new GenerationSite(elements);
    }

    /**
     * {@return the model of a valid wire protocol: what its codec is made of}
     *
     * @param checked what the validator read and accepted
     */
    public CodecModel model(CheckedWireProtocol checked) {
        return new Builder(checked).build();
    }

    /** The names of one codec, given out in schema order. */
    private final class Builder {
        private final CheckedWireProtocol checked;
        private final Map<TypeElement, String> methods = new HashMap<>();
        private final Map<TypeElement, String> wireNames = new HashMap<>();
        private final Set<String> usedMethods = new HashSet<>();
        private final Set<String> usedConstants = new HashSet<>(CONSTANTS);
        private final Map<TypeElement, CodecType.Tag> tags = new LinkedHashMap<>();
        private final Map<String, CodecValue.Container> containers = new LinkedHashMap<>();
        private boolean usesDeprecated;

        Builder(CheckedWireProtocol checked) {
            this.checked = checked;
        }

        CodecModel build() {
            TypeElement protocol = checked.protocol();
            Map<String, Integer> simpleNames = new HashMap<>();
            for (CheckedWireProtocol.WireType type : checked.types()) {
                simpleNames.merge(type.element().getSimpleName().toString(), 1, Integer::sum);
                wireNames.put(type.element(), type.wireName());
                usesDeprecated |= elements.isDeprecated(type.element());
            }
            for (CheckedWireProtocol.WireType type : checked.types()) {
                String simple = type.element().getSimpleName().toString();
                String name = simpleNames.get(simple) == 1
                        ? simple
                        : String.join("", ClassName.get(type.element()).simpleNames());
                methods.put(type.element(), unique(name, usedMethods));
            }
            for (CheckedWireProtocol.WireType type : checked.types()) {
                for (TypeElement sealedCase : type.cases()) {
                    tags.computeIfAbsent(sealedCase, this::tag);
                }
            }

            CodecType.SealedType root = null;
            List<CodecType> types = new ArrayList<>();
            for (CheckedWireProtocol.WireType type : checked.types()) {
                CodecType codecType = type(type);
                if (type.element().equals(protocol)) {
                    root = (CodecType.SealedType) codecType;
                } else {
                    types.add(codecType);
                }
            }
            List<CodecModel.RequestReply> replies = new ArrayList<>();
            for (CheckedWireProtocol.Request request : checked.requests()) {
                replies.add(new CodecModel.RequestReply(
                        ClassName.get(request.element()), value(request.reply())));
            }
            List<CodecType.Tag> tagList = new ArrayList<>();
            for (CheckedWireProtocol.WireType type : checked.types()) {
                CodecType.Tag tag = tags.get(type.element());
                if (tag != null) {
                    tagList.add(tag);
                }
            }
            WireSchema schema = checked.schema();
            return new CodecModel(
                    ClassName.get(protocol),
                    Names.codec(protocol),
                    protocol.getModifiers().contains(Modifier.PUBLIC),
                    site.canUseGenerated(protocol),
                    usesDeprecated,
                    site.shadowedJavaLang(protocol),
                    "META-INF/rt/wire/" + schema.protocol() + ".schema",
                    schema.text(),
                    root,
                    types,
                    tagList,
                    List.copyOf(containers.values()),
                    replies);
        }

        private CodecType.Tag tag(TypeElement type) {
            String wireName = wireNames.get(type);
            return new CodecType.Tag(
                    unique("TAG_" + constantName(methods.get(type)), usedConstants),
                    WireSchema.tagOf(wireName),
                    wireName,
                    ClassName.get(type));
        }

        private CodecType type(CheckedWireProtocol.WireType type) {
            ClassName name = ClassName.get(type.element());
            String method = methods.get(type.element());
            return switch (type.kind()) {
                case RECORD -> {
                    List<CodecType.Field> fields = new ArrayList<>();
                    Set<String> locals = new HashSet<>();
                    for (CheckedWireProtocol.Component component : type.components()) {
                        locals.add(component.element().getSimpleName().toString());
                    }
                    for (CheckedWireProtocol.Component component : type.components()) {
                        String field = component.element().getSimpleName().toString();
                        String local = field;
                        if (READER_LOCALS.contains(local)
                                || Character.isUpperCase(local.codePointAt(0))) {
                            locals.remove(field);
                            local = unique(field + "Value", locals);
                        }
                        fields.add(new CodecType.Field(field, local, value(component.shape())));
                    }
                    yield new CodecType.RecordType(name, type.wireName(), method, fields);
                }
                case ENUM -> new CodecType.EnumType(name, type.wireName(), method,
                        unique(constantName(method) + "_VALUES", usedConstants));
                case SEALED -> {
                    List<CodecType.Case> cases = new ArrayList<>();
                    for (TypeElement sealedCase : type.cases()) {
                        cases.add(new CodecType.Case(ClassName.get(sealedCase),
                                methods.get(sealedCase), tags.get(sealedCase)));
                    }
                    yield new CodecType.SealedType(name, type.wireName(), method, cases);
                }
            };
        }

        private CodecValue value(WireShape shape) {
            return switch (shape) {
                case WireShape.Scalar scalar -> new CodecValue.Scalar(scalar.scalar());
                case WireShape.Named named -> new CodecValue.Named(
                        ClassName.get(named.type()),
                        methods.get(named.type()),
                        named.type().equals(checked.protocol()),
                        named.type().getKind().isInterface());
                case WireShape.Container container -> {
                    List<CodecValue> arguments = new ArrayList<>();
                    for (WireShape argument : container.arguments()) {
                        arguments.add(value(argument));
                    }
                    TypeName type = TypeName.get(container.type());
                    String key = type.toString();
                    CodecValue.Container existing = containers.get(key);
                    if (existing != null) {
                        yield existing;
                    }
                    StringBuilder helper = new StringBuilder(container.container().wireName());
                    for (int i = 0; i < arguments.size(); i++) {
                        helper.append(i == 0 ? "Of" : "To").append(title(arguments.get(i)));
                    }
                    CodecValue.Container value = new CodecValue.Container(container.container(),
                            type, arguments, unique(helper.toString(), usedMethods));
                    containers.put(key, value);
                    yield value;
                }
                case WireShape.Ref ref -> {
                    deprecated(ref.protocol());
                    ref.handle().ifPresent(this::deprecated);
                    yield new CodecValue.Ref(TypeName.get(ref.type()), Names.codec(ref.protocol()),
                            ref.handle().map(ClassName::get));
                }
            };
        }

        private void deprecated(Element element) {
            usesDeprecated |= elements.isDeprecated(element);
        }

        /** A value's name in the names of helpers: {@code String}, {@code ListOfString}. */
        private String title(CodecValue value) {
            return switch (value) {
                case CodecValue.Scalar scalar -> scalar.scalar().title();
                case CodecValue.Named named -> named.method();
                case CodecValue.Container container -> container.helper();
                case CodecValue.Ref ref -> ref.handle()
                        .map(ClassName::simpleName)
                        .orElse("RefOf" + ref.codec().simpleName().replaceFirst("Codec$", ""));
            };
        }
    }
}
