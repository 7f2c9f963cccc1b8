package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.WireName;
import dev.rt.annotation.WireProtocol;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import dev.rt.processor.model.WireContainer;
import dev.rt.processor.model.WireScalar;
import dev.rt.wire.WireSchema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;

/**
 * Validates a {@code @WireProtocol}: the entry point of the {@code validation} package for wire
 * codecs. It only checks and reports; the codec's model is built from what it accepted ({@link
 * CheckedWireProtocol}) by {@code dev.rt.processor.binding.CodecModels}.
 *
 * <p>It walks what travels, from the protocol: its cases (records and enums, through sealed
 * sub-interfaces), the components of each record, the replies of the requests, and the records,
 * enums and sealed interfaces that they reach, in turn. Every value must be of a type that a codec
 * can write ({@link WireShape}); one that cannot travel is an error on the exact element, the
 * record component (or the case, or the request), that names the path from the protocol and the
 * fix. Then it checks the wire names (valid, distinct, with distinct tags) and the access of the
 * generated code to each type, builds the schema, and compares it with the committed baseline
 * ({@link WireBaseline}).
 *
 * <p>A reference to an actor of another wire protocol is read with that protocol's codec, so this
 * protocol is only valid if that codec exists, or will be generated in this compilation: every
 * wire protocol that it reaches through references, from source, is walked too (without
 * reporting), and one with errors is an error here. A type that does not exist yet, such as the
 * handle of a behavior that is generated in this round, makes the protocol {@linkplain
 * ValidationResult.Unresolved unresolved} until it does.
 */
public final class WireProtocolValidator {
    static final String WIRE_PROTOCOL = WireProtocol.class.getCanonicalName();
    static final String WIRE_NAME = WireName.class.getCanonicalName();

    /** The processor option that names the directory of the committed baselines. */
    public static final String BASELINE_OPTION = WireBaseline.OPTION;

    /** The names of the built-in types of a schema, which no type of a protocol may take. */
    private static final Set<String> BUILT_IN = builtIn();

    private final ValidationTools tools;
    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final GeneratedTypes generated;
    private final WireBaseline baseline;

    /**
     * Creates a validator for one compilation.
     *
     * @param env the processing environment, whose option {@value #BASELINE_OPTION} names the
     *     baseline directory
     */
    public WireProtocolValidator(ProcessingEnvironment env) {
        this.tools = ValidationTools.of(env);
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
        this.generated = new GeneratedTypes(tools);
        this.baseline =
                new WireBaseline(
                        Optional.ofNullable(env.getOptions().get(BASELINE_OPTION)), messageNames);
    }

    private static Set<String> builtIn() {
        Set<String> names = new HashSet<>();
        for (WireScalar scalar : WireScalar.values()) {
            names.add(scalar.wireName());
        }
        for (WireContainer container : WireContainer.values()) {
            names.add(container.wireName());
        }
        names.add("ref");
        return Set.copyOf(names);
    }

    /**
     * Validates a wire protocol.
     *
     * @param protocol a type annotated with {@code @WireProtocol}
     * @return what travels and the schema; or the rules it breaks; or the name of a type it
     *     refers to that does not exist (yet)
     */
    public ValidationResult<CheckedWireProtocol> validate(TypeElement protocol) {
        try {
            ValidationReport.Builder report = new ValidationReport.Builder(protocol);
            Optional<Walk> walk = check(protocol, report);
            if (walk.isPresent() && !walk.get().pending.isEmpty()) {
                // The checks that need the missing types wait for them; the rules broken so far
                // are reported with theirs, in a later round.
                PendingTypes pending = walk.get().pending;
                return new ValidationResult.Unresolved<>(
                        pending.first(), pending.lastRoundReport(report));
            }
            if (walk.isEmpty() || report.hasErrors()) {
                return new ValidationResult.Invalid<>(report.build());
            }
            checkReferencedCodecs(walk.get(), report);
            if (report.hasErrors()) {
                return new ValidationResult.Invalid<>(report.build());
            }
            return new ValidationResult.Valid<>(walk.get().checked(), report.build());
        } catch (TypeResolution.UnresolvedTypeException e) {
            ValidationReport.Builder report = new ValidationReport.Builder(protocol);
            report.error(
                    Diagnostic.UNRESOLVED_TYPE, protocol, protocol.getQualifiedName(), e.typeName);
            return new ValidationResult.Unresolved<>(e.typeName, report.build());
        }
    }

    /**
     * Checks a protocol on its own: what travels, the wire names, access, and the baseline.
     *
     * @return the walk, when the protocol is a sealed interface whose types could be walked; it
     *     holds the types that do not exist yet, if any, and then nothing else is checked
     */
    private Optional<Walk> check(TypeElement protocol, ValidationReport.Builder report) {
        Optional<String> notSealed = notSealedInterface(protocol);
        if (notSealed.isPresent()) {
            AnnotationMirror annotation =
                    annotations.annotation(protocol, WIRE_PROTOCOL).orElseThrow();
            report.errorOnAnnotation(
                    Diagnostic.WIRE_PROTOCOL_NOT_SEALED_INTERFACE,
                    protocol,
                    annotation,
                    messageNames.name(protocol),
                    notSealed.get());
            return Optional.empty();
        }
        Walk walk = new Walk(protocol, report);
        walk.run();
        if (!walk.pending.isEmpty()) {
            return Optional.of(walk);
        }
        if (report.hasErrors()) {
            return Optional.empty();
        }
        walk.checkNames();
        walk.checkAccess();
        if (report.hasErrors()) {
            return Optional.empty();
        }
        walk.buildSchema();
        baseline.check(protocol, walk.schema, report);
        return Optional.of(walk);
    }

    private static Optional<String> notSealedInterface(TypeElement type) {
        boolean sealed = type.getModifiers().contains(Modifier.SEALED);
        return switch (type.getKind()) {
            case INTERFACE -> sealed ? Optional.empty() : Optional.of("an interface that is not sealed");
            case CLASS -> Optional.of(sealed ? "a sealed class" : "a class");
            case RECORD -> Optional.of("a record");
            case ENUM -> Optional.of("an enum");
            case ANNOTATION_TYPE -> Optional.of("an annotation interface");
            default -> Optional.of("a " + type.getKind().toString().toLowerCase(Locale.ROOT));
        };
    }

    /**
     * The wire protocols that this one refers to, and those they refer to in turn, must have a
     * codec: one that exists (compiled in an earlier round or build), or that this compilation
     * generates, because the protocol is in source and valid.
     */
    private void checkReferencedCodecs(Walk walk, ValidationReport.Builder report) {
        Deque<Map.Entry<TypeElement, Site>> todo = new ArrayDeque<>(walk.references.entrySet());
        Set<TypeElement> seen = new HashSet<>();
        seen.add(walk.protocol);
        while (!todo.isEmpty()) {
            Map.Entry<TypeElement, Site> next = todo.removeFirst();
            TypeElement other = next.getKey();
            if (!seen.add(other)) {
                continue;
            }
            ClassName codec = Names.codec(other);
            if (generated.exists(codec)) {
                continue;
            }
            String name = messageNames.name(other);
            Site site = next.getValue();
            if (!fromSource(other)) {
                report.error(
                        Diagnostic.REFERENCED_CODEC_MISSING,
                        site.element(),
                        site.phrase(),
                        name,
                        codec.simpleName(),
                        "does not exist",
                        name
                                + " comes from a library compiled without RT's processor; compile"
                                + " that library with rt-processor");
                continue;
            }
            ValidationReport.Builder scratch = new ValidationReport.Builder(other);
            Optional<Walk> otherWalk = check(other, scratch);
            if (otherWalk.isPresent() && !otherWalk.get().pending.isEmpty()) {
                // Its codec waits for a type, and so does this one.
                throw new TypeResolution.UnresolvedTypeException(otherWalk.get().pending.first());
            }
            if (otherWalk.isEmpty() || scratch.hasErrors()) {
                report.error(
                        Diagnostic.REFERENCED_CODEC_MISSING,
                        site.element(),
                        site.phrase(),
                        name,
                        codec.simpleName(),
                        "is not generated, because " + name + " has errors",
                        "fix the errors reported on " + name);
                continue;
            }
            for (TypeElement further : otherWalk.get().references.keySet()) {
                todo.addLast(Map.entry(further, site));
            }
        }
    }

    private boolean fromSource(TypeElement type) {
        JavaFileObject file = elements.getFileObjectOf(type);
        return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
    }

    /**
     * Where a value is, for a diagnostic.
     *
     * @param element the element to report on: a record component, a case, a request
     * @param phrase how a sentence names it, such as {@code CounterMsg.Add.note} or {@code the
     *     reply of CounterMsg.Get}
     * @param path its path from the protocol, which the types it reaches continue
     */
    private record Site(Element element, String phrase, String path) {}

    /** A type that travels, as the walk finds it. */
    private static final class Entry {
        final TypeElement element;
        final WireSchema.Kind kind;
        final String path;
        final List<CheckedWireProtocol.Component> components = new ArrayList<>();
        final List<TypeElement> cases = new ArrayList<>();
        final List<String> constants = new ArrayList<>();
        String wireName;

        Entry(TypeElement element, WireSchema.Kind kind, String path) {
            this.element = element;
            this.kind = kind;
            this.path = path;
        }
    }

    /** The walk of one protocol: breadth first, in declaration order. */
    private final class Walk {
        final TypeElement protocol;
        final ValidationReport.Builder report;
        final String pkg;
        final Map<TypeElement, Entry> entries = new LinkedHashMap<>();
        final Deque<Entry> queue = new ArrayDeque<>();
        final List<CheckedWireProtocol.Request> requests = new ArrayList<>();
        final Map<TypeElement, Site> references = new LinkedHashMap<>();
        final PendingTypes pending;
        WireSchema schema;

        Walk(TypeElement protocol, ValidationReport.Builder report) {
            this.protocol = protocol;
            this.report = report;
            this.pkg = access.packageOf(protocol);
            this.pending = new PendingTypes(tools, generated, protocol);
        }

        void run() {
            String name = messageNames.name(protocol);
            Optional<String> generic = access.genericity(protocol);
            if (generic.isPresent()) {
                report.error(
                        Diagnostic.GENERIC_WIRE_TYPE,
                        protocol,
                        "protocol " + name,
                        messageNames.name(protocol.asType()),
                        name + " " + generic.get());
                return;
            }
            add(protocol, WireSchema.Kind.SEALED, name);
            while (!queue.isEmpty()) {
                Entry entry = queue.removeFirst();
                switch (entry.kind) {
                    case SEALED -> visitSealed(entry);
                    case RECORD -> visitRecord(entry);
                    case ENUM -> visitEnum(entry);
                }
            }
        }

        /** Adds a type to the schema, once, where it is first reached. */
        private void add(TypeElement type, WireSchema.Kind kind, String path) {
            if (!entries.containsKey(type)) {
                Entry entry = new Entry(type, kind, path);
                entries.put(type, entry);
                queue.addLast(entry);
            }
        }

        private void visitSealed(Entry entry) {
            collectCases(entry, entry.element, new HashSet<>());
            for (TypeElement type : entry.cases) {
                String path =
                        entry.element.equals(protocol)
                                ? messageNames.name(type)
                                : entry.path + "." + type.getSimpleName();
                add(type, type.getKind() == ElementKind.ENUM ? WireSchema.Kind.ENUM
                        : WireSchema.Kind.RECORD, path);
            }
        }

        /** The records and enums of a sealed interface, through its sealed sub-interfaces. */
        private void collectCases(Entry entry, TypeElement node, Set<TypeElement> seen) {
            for (TypeMirror permitted : node.getPermittedSubclasses()) {
                TypeElement sub = (TypeElement) types.asElement(resolution.resolved(permitted));
                if (sub == null || !seen.add(sub)) {
                    continue;
                }
                String name = messageNames.name(sub);
                String of = messageNames.name(entry.element)
                        + (entry.element.equals(protocol) ? "" : " (reached as " + entry.path + ")");
                Optional<String> generic = access.genericity(sub);
                if (generic.isPresent()) {
                    report.error(
                            Diagnostic.GENERIC_WIRE_TYPE,
                            sub,
                            "case " + name + " of " + of,
                            messageNames.name(sub.asType()),
                            name + " " + generic.get());
                    continue;
                }
                switch (sub.getKind()) {
                    case RECORD, ENUM -> entry.cases.add(sub);
                    case INTERFACE -> {
                        if (sub.getModifiers().contains(Modifier.SEALED)) {
                            collectCases(entry, sub, seen);
                        } else {
                            report.error(Diagnostic.CASE_CANNOT_TRAVEL, sub, name, of,
                                    "an interface that is not sealed, so what implements it is"
                                            + " unknown");
                        }
                    }
                    case CLASS -> report.error(Diagnostic.CASE_CANNOT_TRAVEL, sub, name, of,
                            "a class that is not a record, so the codec does not know its state");
                    default -> report.error(Diagnostic.CASE_CANNOT_TRAVEL, sub, name, of,
                            "a " + sub.getKind().toString().toLowerCase(Locale.ROOT));
                }
            }
        }

        private void visitRecord(Entry entry) {
            for (RecordComponentElement component : entry.element.getRecordComponents()) {
                String path = entry.path + "." + component.getSimpleName();
                Site site = new Site(component, path, path);
                try {
                    shape(component.asType(), component.asType(), site, false)
                            .ifPresent(shape -> entry.components.add(
                                    new CheckedWireProtocol.Component(component, shape)));
                } catch (TypeResolution.UnresolvedTypeException e) {
                    // Such as the handle of a behavior that this round generates.
                    pending.unresolved(missing(component.asType()), component, path);
                }
            }
            visitRequest(entry);
        }

        private void visitEnum(Entry entry) {
            for (Element constant : entry.element.getEnclosedElements()) {
                if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                    entry.constants.add(constant.getSimpleName().toString());
                }
            }
            visitRequest(entry);
        }

        /** A case of the protocol that is a request: its reply travels too. */
        private void visitRequest(Entry entry) {
            if (!entries.get(protocol).cases.contains(entry.element)) {
                return;
            }
            Optional<DeclaredType> request =
                    resolution.findSupertype(
                            entry.element.asType(), RuntimeTypes.REQUEST.canonicalName());
            if (request.isEmpty()) {
                return;
            }
            if (request.get().getTypeArguments().isEmpty()) {
                report.error(
                        Diagnostic.RAW_WIRE_TYPE,
                        entry.element,
                        "request " + entry.path,
                        "Request",
                        "Request<Long>, with the type of the reply");
                return;
            }
            TypeMirror reply = request.get().getTypeArguments().get(0);
            Site site = new Site(entry.element, "the reply of " + entry.path, entry.path + ".<reply>");
            try {
                shape(reply, reply, site, true)
                        .ifPresent(shape -> requests.add(
                                new CheckedWireProtocol.Request(entry.element, shape)));
            } catch (TypeResolution.UnresolvedTypeException e) {
                pending.unresolved(missing(reply), entry.element, site.phrase());
            }
        }

        /** The part of a type that does not exist, for a sentence: the type itself if none. */
        private TypeMirror missing(TypeMirror type) {
            return findMissing(type).orElse(type);
        }

        private Optional<TypeMirror> findMissing(TypeMirror type) {
            switch (type.getKind()) {
                case ERROR -> {
                    return Optional.of(type);
                }
                case DECLARED -> {
                    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                        Optional<TypeMirror> found = findMissing(argument);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                    return Optional.empty();
                }
                case ARRAY -> {
                    return findMissing(((ArrayType) type).getComponentType());
                }
                default -> {
                    return Optional.empty();
                }
            }
        }

        /**
         * How a value of a type travels, or empty after reporting why it cannot.
         *
         * @param type the type, or a type argument of {@code whole}
         * @param whole the type of the component, for the sentence
         * @param site where the value is
         * @param reply whether it is a reply, which may be {@code Void}
         */
        private Optional<WireShape> shape(TypeMirror type, TypeMirror whole, Site site, boolean reply) {
            resolution.resolved(type);
            switch (type.getKind()) {
                case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE -> {
                    return Optional.of(new WireShape.Scalar(WireScalar.ofPrimitive(
                            type.getKind().name().toLowerCase(Locale.ROOT)).orElseThrow()));
                }
                case ARRAY -> {
                    if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                        return Optional.of(new WireShape.Scalar(WireScalar.BYTES));
                    }
                    return unsupported(site, whole, messageNames.name(type) + " is an array",
                            "use a List, or byte[] for bytes");
                }
                case TYPEVAR -> {
                    report.error(Diagnostic.GENERIC_WIRE_TYPE, site.element(), site.phrase(),
                            messageNames.name(whole), type + " is a type variable");
                    return Optional.empty();
                }
                case DECLARED -> {
                    return declared((DeclaredType) type, whole, site, reply);
                }
                default -> {
                    return unsupported(site, whole, messageNames.name(type) + " is "
                                    + type.getKind().toString().toLowerCase(Locale.ROOT),
                            "use a record, or a type that travels");
                }
            }
        }

        private Optional<WireShape> declared(
                DeclaredType type, TypeMirror whole, Site site, boolean reply) {
            TypeElement element = (TypeElement) type.asElement();
            String qualified = element.getQualifiedName().toString();
            String name = messageNames.name(type);
            Optional<WireScalar> scalar = WireScalar.ofClass(qualified);
            if (scalar.isPresent()) {
                if (scalar.get() == WireScalar.VOID && !reply) {
                    return unsupported(site, whole, "Void has no value but null",
                            "remove it: only a reply may be Void");
                }
                return Optional.of(new WireShape.Scalar(scalar.get()));
            }
            Optional<WireContainer> container = WireContainer.ofClass(qualified);
            if (container.isPresent()) {
                return container(container.get(), type, whole, site);
            }
            if (qualified.equals(RuntimeTypes.ACTOR_REF.canonicalName())) {
                return actorRef(type, whole, site);
            }
            Optional<String> generic = access.genericity(element);
            switch (element.getKind()) {
                case RECORD, ENUM -> {
                    if (generic.isPresent()) {
                        report.error(Diagnostic.GENERIC_WIRE_TYPE, site.element(), site.phrase(),
                                messageNames.name(whole),
                                messageNames.name(element) + " " + generic.get());
                        return Optional.empty();
                    }
                    add(element, element.getKind() == ElementKind.ENUM ? WireSchema.Kind.ENUM
                            : WireSchema.Kind.RECORD, site.path());
                    return Optional.of(new WireShape.Named(element));
                }
                case INTERFACE -> {
                    if (!element.getModifiers().contains(Modifier.SEALED)) {
                        return unsupported(site, whole,
                                name + " is an interface that is not sealed, so what implements it"
                                        + " is unknown",
                                isCollection(type)
                                        ? "declare it as a List, a Set or a Map, which travel"
                                        : "make it a sealed interface of records and enums, or"
                                                + " use a record");
                    }
                    if (generic.isPresent()) {
                        report.error(Diagnostic.GENERIC_WIRE_TYPE, site.element(), site.phrase(),
                                messageNames.name(whole),
                                messageNames.name(element) + " " + generic.get());
                        return Optional.empty();
                    }
                    add(element, WireSchema.Kind.SEALED, site.path());
                    return Optional.of(new WireShape.Named(element));
                }
                case CLASS -> {
                    if (qualified.equals("java.lang.Object")) {
                        return unsupported(site, whole,
                                "Object could be anything, so a reader could not tell what to"
                                        + " read",
                                "use a record, or a sealed interface of the records it may hold");
                    }
                    Optional<GeneratedTypes.Origin> origin = generated.originOf(element);
                    if (origin.isPresent() && origin.get().role() == GeneratedTypes.Role.HANDLE) {
                        return handle(type, origin.get().element(), whole, site);
                    }
                    if (isCollection(type)) {
                        return unsupported(site, whole, name + " is a class",
                                "declare it as a List, a Set or a Map, which travel");
                    }
                    return unsupported(site, whole,
                            name + " is a class that is not a record, so the codec does not know"
                                    + " its state",
                            "make it a record, or hold its values in a record");
                }
                default -> {
                    return unsupported(site, whole, name + " is an "
                                    + element.getKind().toString().toLowerCase(Locale.ROOT),
                            "use a record, or a type that travels");
                }
            }
        }

        /** Whether a type is a collection or a map, which a List, a Set or a Map would carry. */
        private boolean isCollection(DeclaredType type) {
            return resolution.findSupertype(type, "java.util.Collection").isPresent()
                    || resolution.findSupertype(type, "java.util.Map").isPresent();
        }

        private Optional<WireShape> container(
                WireContainer container, DeclaredType type, TypeMirror whole, Site site) {
            List<? extends TypeMirror> arguments = type.getTypeArguments();
            String raw = messageNames.name(type);
            if (arguments.isEmpty()) {
                report.error(Diagnostic.RAW_WIRE_TYPE, site.element(), site.phrase(),
                        raw + in(type, whole),
                        container == WireContainer.MAP ? "Map<String, Long>" : raw + "<String>");
                return Optional.empty();
            }
            List<WireShape> shapes = new ArrayList<>();
            boolean broken = false;
            for (TypeMirror argument : arguments) {
                if (argument.getKind() == TypeKind.WILDCARD) {
                    report.error(Diagnostic.WILDCARD_WIRE_TYPE, site.element(), site.phrase(),
                            messageNames.name(whole), messageNames.name(argument),
                            "write a concrete type argument, such as "
                                    + (container == WireContainer.MAP
                                            ? "Map<String, Long>"
                                            : container.wireName() + "<String>"));
                    return Optional.empty();
                }
                Optional<WireShape> shape = shape(argument, whole, site, false);
                if (shape.isEmpty()) {
                    broken = true;
                } else {
                    shapes.add(shape.get());
                }
            }
            return broken
                    ? Optional.empty()
                    : Optional.of(new WireShape.Container(container, type, shapes));
        }

        private Optional<WireShape> actorRef(DeclaredType type, TypeMirror whole, Site site) {
            List<? extends TypeMirror> arguments = type.getTypeArguments();
            if (arguments.isEmpty()) {
                report.error(Diagnostic.RAW_WIRE_TYPE, site.element(), site.phrase(),
                        "ActorRef" + in(type, whole),
                        "ActorRef<P>, with P the @WireProtocol protocol of the actor");
                return Optional.empty();
            }
            TypeMirror argument = arguments.get(0);
            if (argument.getKind() == TypeKind.WILDCARD) {
                report.error(Diagnostic.WILDCARD_WIRE_TYPE, site.element(), site.phrase(),
                        messageNames.name(whole), messageNames.name(argument),
                        "write ActorRef<P>, with P the @WireProtocol protocol of the actor it"
                                + " refers to");
                return Optional.empty();
            }
            if (argument.getKind() == TypeKind.TYPEVAR) {
                report.error(Diagnostic.GENERIC_WIRE_TYPE, site.element(), site.phrase(),
                        messageNames.name(whole), argument + " is a type variable");
                return Optional.empty();
            }
            return reference(type, argument, Optional.empty(), whole, site);
        }

        private Optional<WireShape> handle(
                DeclaredType type, TypeElement behavior, TypeMirror whole, Site site) {
            Optional<DeclaredType> actor =
                    resolution.findSupertype(behavior.asType(), RuntimeTypes.ACTOR.canonicalName());
            if (actor.isEmpty() || actor.get().getTypeArguments().isEmpty()) {
                // A handle exists only for a valid behavior: this is a class of that name.
                return unsupported(site, whole,
                        messageNames.name(type) + " is a class that is not a record",
                        "make it a record, or hold its values in a record");
            }
            return reference(type, actor.get().getTypeArguments().get(0),
                    Optional.of((TypeElement) type.asElement()), whole, site);
        }

        /** A reference to an actor of {@code protocol}: an {@code ActorRef} or a handle. */
        private Optional<WireShape> reference(
                DeclaredType type,
                TypeMirror protocolType,
                Optional<TypeElement> handle,
                TypeMirror whole,
                Site site) {
            String name = messageNames.name(protocolType);
            if (protocolType.getKind() != TypeKind.DECLARED
                    || !annotations.isAnnotated(
                            ((DeclaredType) protocolType).asElement(), WIRE_PROTOCOL)) {
                report.error(Diagnostic.REF_NOT_WIRE_PROTOCOL, site.element(), site.phrase(),
                        messageNames.name(whole), name, name);
                return Optional.empty();
            }
            TypeElement other = (TypeElement) ((DeclaredType) protocolType).asElement();
            if (!other.equals(protocol)) {
                references.putIfAbsent(other, site);
            }
            return Optional.of(new WireShape.Ref(type, other, handle));
        }

        /** For a type argument, where it is: {@code " in List<List>"}; empty for the whole type. */
        private String in(TypeMirror type, TypeMirror whole) {
            return types.isSameType(type, whole) ? "" : " in " + messageNames.name(whole);
        }

        private Optional<WireShape> unsupported(Site site, TypeMirror whole, String why, String fix) {
            report.error(Diagnostic.UNSUPPORTED_WIRE_TYPE, site.element(), site.phrase(),
                    messageNames.name(whole), why, fix);
            return Optional.empty();
        }

        /** Each type's wire name: valid, its own, with a tag of its own. */
        void checkNames() {
            Map<String, Entry> byName = new HashMap<>();
            Map<Integer, Entry> byTag = new HashMap<>();
            for (Entry entry : entries.values()) {
                Optional<AnnotationMirror> annotation =
                        annotations.annotation(entry.element, WIRE_NAME);
                Optional<AnnotationValue> value = annotation.flatMap(this::wireNameValue);
                String name;
                if (annotation.isPresent()) {
                    // Without a value, javac reports the missing value: a blank name here.
                    name = value.map(v -> v.getValue() instanceof String text ? text : "")
                            .orElse("");
                } else {
                    name = messageNames.name(entry.element);
                }
                entry.wireName = name;
                Optional<String> invalid = invalidName(name);
                if (invalid.isPresent()) {
                    error(Diagnostic.BAD_WIRE_NAME, entry, annotation, value,
                            name, messageNames.name(entry.element), invalid.get(),
                            value.isPresent()
                                    ? "give @WireName a name of letters, digits, '.', '_', '-'"
                                            + " and '$', which no built-in type has"
                                    : "give " + messageNames.name(entry.element)
                                            + " a wire name of its own with @WireName");
                    continue;
                }
                Entry first = byName.putIfAbsent(name, entry);
                if (first != null) {
                    error(Diagnostic.DUPLICATE_WIRE_NAME, entry, annotation, value,
                            messageNames.name(first.element), messageNames.name(entry.element),
                            name, messageNames.name(protocol));
                    continue;
                }
                int tag = WireSchema.tagOf(name);
                Entry sameTag = byTag.putIfAbsent(tag, entry);
                if (sameTag != null) {
                    error(Diagnostic.WIRE_TAG_COLLISION, entry, annotation, value,
                            sameTag.wireName, messageNames.name(sameTag.element), name,
                            messageNames.name(entry.element), tag);
                }
            }
        }

        private Optional<AnnotationValue> wireNameValue(AnnotationMirror annotation) {
            return annotation.getElementValues().entrySet().stream()
                    .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                    .map(e -> (AnnotationValue) e.getValue())
                    .findFirst();
        }

        private void error(
                Diagnostic diagnostic,
                Entry entry,
                Optional<AnnotationMirror> annotation,
                Optional<AnnotationValue> value,
                Object... args) {
            if (annotation.isPresent() && value.isPresent()) {
                report.errorOnValue(diagnostic, entry.element, annotation.get(), value.get(), args);
            } else {
                report.error(diagnostic, entry.element, args);
            }
        }

        /** Why a wire name is not one, or empty. */
        private Optional<String> invalidName(String name) {
            if (name.isBlank()) {
                return Optional.of("is blank");
            }
            for (int i = 0; i < name.length(); ) {
                int c = name.codePointAt(i);
                if (!Character.isLetterOrDigit(c) && ".-_$".indexOf(c) < 0) {
                    return Optional.of("has the character '" + Character.toString(c)
                            + "', but a wire name is made of letters, digits, '.', '_', '-' and"
                            + " '$'");
                }
                i += Character.charCount(c);
            }
            if (BUILT_IN.contains(name)) {
                return Optional.of("is also the name of a built-in type of the schema, so the"
                        + " schema could not tell them apart");
            }
            return Optional.empty();
        }

        /** The generated codec names every type that travels: each must be accessible to it. */
        void checkAccess() {
            String codec = Names.codec(protocol).simpleName();
            for (Entry entry : entries.values()) {
                access.inaccessibility(entry.element.asType(), pkg)
                        .ifPresent(why -> report.error(Diagnostic.NOT_ACCESSIBLE, entry.element,
                                messageNames.name(entry.element), codec, pkg, why));
            }
            for (Entry entry : entries.values()) {
                for (CheckedWireProtocol.Component component : entry.components) {
                    checkRefAccess(component.shape(), component.element(), codec);
                }
            }
            for (CheckedWireProtocol.Request request : requests) {
                checkRefAccess(request.reply(), request.element(), codec);
            }
        }

        private void checkRefAccess(WireShape shape, Element at, String codec) {
            switch (shape) {
                case WireShape.Ref ref -> {
                    TypeElement named = ref.handle().orElse(ref.protocol());
                    access.inaccessibility(named.asType(), pkg)
                            .ifPresent(why -> report.error(Diagnostic.NOT_ACCESSIBLE, at,
                                    messageNames.name(named), codec, pkg, why));
                }
                case WireShape.Container container ->
                        container.arguments().forEach(a -> checkRefAccess(a, at, codec));
                case WireShape.Scalar scalar -> {}
                case WireShape.Named named -> {}
            }
        }

        void buildSchema() {
            WireSchema.Builder builder =
                    WireSchema.builder(protocol.getQualifiedName().toString());
            for (Entry entry : entries.values()) {
                List<WireSchema.Field> fields = entry.components.stream()
                        .map(c -> new WireSchema.Field(
                                c.element().getSimpleName().toString(), canonical(c.shape())))
                        .toList();
                List<String> values = entry.kind == WireSchema.Kind.SEALED
                        ? entry.cases.stream().map(c -> entries.get(c).wireName).toList()
                        : entry.constants;
                builder.add(new WireSchema.Type(entry.kind, entry.wireName,
                        entry.element.getQualifiedName().toString(), fields, values));
            }
            for (CheckedWireProtocol.Request request : requests) {
                builder.reply(entries.get(request.element()).wireName, canonical(request.reply()));
            }
            schema = builder.build();
        }

        /** A value's type in the schema, such as {@code long}, {@code List<CounterMsg.Item>}. */
        private String canonical(WireShape shape) {
            return switch (shape) {
                case WireShape.Scalar scalar -> scalar.scalar().wireName();
                case WireShape.Named named -> entries.get(named.type()).wireName;
                case WireShape.Container container -> container.arguments().stream()
                        .map(this::canonical)
                        .collect(Collectors.joining(",", container.container().wireName() + "<",
                                ">"));
                case WireShape.Ref ref -> "ref<" + ref.protocol().getQualifiedName() + ">";
            };
        }

        CheckedWireProtocol checked() {
            List<CheckedWireProtocol.WireType> checked = new ArrayList<>();
            for (Entry entry : entries.values()) {
                checked.add(new CheckedWireProtocol.WireType(entry.element, entry.kind,
                        entry.wireName, entry.components, entry.cases, entry.constants));
            }
            return new CheckedWireProtocol(protocol, checked, requests, schema);
        }
    }
}
