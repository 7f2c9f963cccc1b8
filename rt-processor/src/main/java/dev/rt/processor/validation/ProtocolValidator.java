package dev.rt.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and checks the protocol of a behavior: a sealed interface whose leaves are records, final
 * classes or enums, grouped only by sealed sub-interfaces, none of them generic, all accessible
 * from the generated code, and with handle method names that are distinct and legal. The protocol
 * itself is not marked {@code @Priority}: its messages and groups may be.
 */
final class ProtocolValidator {
    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final PendingHandles pending;

    ProtocolValidator(ValidationTools tools, PendingHandles pending) {
        this.pending = pending;
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
    }

    /**
     * Validates the protocol {@code M} of {@code Actor<M>}.
     *
     * @param behavior the behavior class
     * @param protocol {@code M}
     * @param report where broken rules go
     * @return the protocol's tree, or empty if its shape is broken so badly that its handlers
     *     cannot be checked
     */
    Optional<ProtocolTree> validate(
            TypeElement behavior, TypeMirror protocol, ValidationReport.Builder report) {
        String pkg = access.packageOf(behavior);
        Optional<String> notSealedInterface = notSealedInterface(protocol);
        if (notSealedInterface.isPresent()) {
            TypeElement at =
                    protocol.getKind() == TypeKind.DECLARED
                                    && ((DeclaredType) protocol).asElement().getKind()
                                            == ElementKind.INTERFACE
                            ? (TypeElement) ((DeclaredType) protocol).asElement()
                            : behavior;
            report.error(
                    Diagnostic.PROTOCOL_NOT_SEALED_INTERFACE,
                    at,
                    messageNames.name(protocol),
                    messageNames.name(behavior),
                    notSealedInterface.get(),
                    messageNames.name(protocol));
            return Optional.empty();
        }
        DeclaredType type = (DeclaredType) protocol;
        TypeElement element = (TypeElement) type.asElement();
        Optional<String> generic = access.genericity(element);
        if (generic.isPresent()) {
            report.error(Diagnostic.GENERIC_PROTOCOL, element, messageNames.name(element), generic.get());
            return Optional.empty();
        }
        checkAccess(behavior, element.asType(), element, pkg, report);
        annotations.annotation(element, PriorityValidator.PRIORITY)
                .ifPresent(
                        priority ->
                                report.errorOnAnnotation(
                                        Diagnostic.PRIORITY_ON_PROTOCOL,
                                        element,
                                        priority,
                                        messageNames.name(element)));

        Walk walk = new Walk(behavior, element, pkg, report);
        walk.visit(element);
        if (walk.broken) {
            return Optional.empty();
        }
        if (walk.leaves.isEmpty()) {
            report.error(Diagnostic.EMPTY_PROTOCOL, element, messageNames.name(element));
            return Optional.empty();
        }
        checkNames(walk.leaves, element, report);
        return Optional.of(new ProtocolTree(element, type, walk.leaves, walk.groups));
    }

    /** Why a type is not a sealed interface, or empty if it is one. */
    private Optional<String> notSealedInterface(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.of(
                    switch (type.getKind()) {
                        case ARRAY -> "an array type";
                        case TYPEVAR -> "a type variable";
                        case WILDCARD -> "a wildcard";
                        default -> "the type " + type;
                    });
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        boolean sealed = element.getModifiers().contains(Modifier.SEALED);
        return switch (element.getKind()) {
            case INTERFACE -> sealed ? Optional.empty() : Optional.of("an interface that is not sealed");
            case CLASS -> Optional.of(sealed ? "a sealed class" : "a class");
            case RECORD -> Optional.of("a record");
            case ENUM -> Optional.of("an enum");
            case ANNOTATION_TYPE -> Optional.of("an annotation interface");
            default -> Optional.of("a " + element.getKind().toString().toLowerCase(Locale.ROOT));
        };
    }

    /** Walks the sealed hierarchy depth-first, in {@code permits} order. */
    private final class Walk {
        private final TypeElement behavior;
        private final TypeElement protocol;
        private final String pkg;
        private final ValidationReport.Builder report;
        private final Set<TypeElement> seen = new LinkedHashSet<>();
        final List<ProtocolTree.Leaf> leaves = new ArrayList<>();
        final List<TypeElement> groups = new ArrayList<>();
        boolean broken;

        Walk(TypeElement behavior, TypeElement protocol, String pkg, ValidationReport.Builder report) {
            this.behavior = behavior;
            this.protocol = protocol;
            this.pkg = pkg;
            this.report = report;
        }

        void visit(TypeElement node) {
            for (TypeMirror permitted : node.getPermittedSubclasses()) {
                TypeElement sub = (TypeElement) types.asElement(resolution.resolved(permitted));
                if (sub == null || !seen.add(sub)) {
                    // Reached twice: a message that implements two groups.
                    continue;
                }
                switch (sub.getKind()) {
                    case INTERFACE -> {
                        if (!sub.getModifiers().contains(Modifier.SEALED)) {
                            unknown(sub, "a non-sealed interface", "make it a sealed interface");
                        } else if (generic(sub)) {
                            broken = true;
                        } else {
                            checkAccess(behavior, sub.asType(), sub, pkg, report);
                            groups.add(sub);
                            visit(sub);
                        }
                    }
                    case RECORD, ENUM -> leaf(sub);
                    case CLASS -> {
                        Set<Modifier> modifiers = sub.getModifiers();
                        if (modifiers.contains(Modifier.FINAL)) {
                            leaf(sub);
                        } else if (modifiers.contains(Modifier.SEALED)) {
                            unknown(
                                    sub,
                                    modifiers.contains(Modifier.ABSTRACT)
                                            ? "a sealed abstract class"
                                            : "a sealed class",
                                    "group messages with a sealed interface instead, and make"
                                            + " each message a record or a final class");
                        } else {
                            unknown(
                                    sub,
                                    modifiers.contains(Modifier.ABSTRACT)
                                            ? "an abstract class"
                                            : "a class that is not final",
                                    "make it a record or a final class");
                        }
                    }
                    default -> unknown(sub, "a " + sub.getKind(), "make it a record");
                }
            }
        }

        private void unknown(TypeElement sub, String what, String fix) {
            report.error(
                    Diagnostic.UNKNOWN_LEAF, sub, messageNames.name(sub), what, messageNames.name(protocol), fix);
            broken = true;
        }

        private boolean generic(TypeElement type) {
            Optional<String> generic = access.genericity(type);
            generic.ifPresent(
                    why -> report.error(Diagnostic.GENERIC_PROTOCOL, type, messageNames.name(type), why));
            return generic.isPresent();
        }

        private void leaf(TypeElement leaf) {
            if (generic(leaf)) {
                broken = true;
                return;
            }
            checkAccess(behavior, leaf.asType(), leaf, pkg, report);
            Optional<DeclaredType> request =
                    resolution.findSupertype(
                            leaf.asType(),
                            RuntimeTypes.REQUEST.canonicalName(),
                            error -> pending.origin(error, leaf).isPresent());
            Optional<TypeMirror> reply = Optional.empty();
            Optional<TypeName> replyName = Optional.empty();
            if (request.isPresent()) {
                List<? extends TypeMirror> arguments = request.get().getTypeArguments();
                if (arguments.isEmpty()) {
                    report.error(Diagnostic.RAW_REQUEST, leaf, messageNames.name(leaf));
                    broken = true;
                    return;
                }
                reply = Optional.of(arguments.get(0));
                replyName = Optional.of(pending.typeName(reply.get(), leaf));
                checkAccess(behavior, reply.get(), leaf, pkg, report);
            }
            List<TypeName> componentTypes = new ArrayList<>();
            for (RecordComponentElement component : leaf.getRecordComponents()) {
                TypeMirror type = component.asType();
                componentTypes.add(pending.typeName(type, component));
                checkAccess(behavior, type, component, pkg, report);
            }
            String methodName = Names.handleMethodName(leaf.getSimpleName().toString());
            leaves.add(new ProtocolTree.Leaf(leaf, methodName, reply, replyName, componentTypes));
        }
    }

    private void checkAccess(
            TypeElement behavior,
            TypeMirror type,
            Element at,
            String pkg,
            ValidationReport.Builder report) {
        Optional<String> inaccessible =
                pending.origin(type, at)
                        .map(origin -> pending.inaccessibility(origin, pkg))
                        .orElseGet(() -> access.inaccessibility(type, pkg));
        inaccessible
                .ifPresent(
                        why ->
                                report.error(
                                        Diagnostic.NOT_ACCESSIBLE,
                                        at,
                                        messageNames.name(type),
                                        messageNames.name(behavior),
                                        pkg,
                                        why));
    }

    /** Each leaf needs a handle method name of its own, which is neither reserved nor a keyword. */
    private void checkNames(
            List<ProtocolTree.Leaf> leaves, TypeElement protocol, ValidationReport.Builder report) {
        Map<String, ProtocolTree.Leaf> byName = new HashMap<>();
        for (ProtocolTree.Leaf leaf : leaves) {
            String name = leaf.methodName();
            String simple = leaf.element().getSimpleName().toString();
            String suffix = leaf.reply().isPresent() ? "Request" : "Command";
            if (Names.isKeyword(name)) {
                report.error(
                        Diagnostic.KEYWORD_NAME,
                        leaf.element(),
                        messageNames.name(leaf.element()),
                        name,
                        name,
                        simple + suffix);
                continue;
            }
            if (Names.RESERVED.contains(name)) {
                report.error(
                        Diagnostic.RESERVED_NAME,
                        leaf.element(),
                        messageNames.name(leaf.element()),
                        name,
                        simple + suffix);
                continue;
            }
            ProtocolTree.Leaf first = byName.putIfAbsent(name, leaf);
            if (first != null) {
                report.error(
                        Diagnostic.NAME_CLASH,
                        leaf.element(),
                        messageNames.name(first.element()),
                        messageNames.name(leaf.element()),
                        name,
                        messageNames.name(leaf.element()),
                        renamed(leaf, first, protocol));
            }
        }
    }

    /**
     * A new simple name for the second of two clashing messages: prefixed with its group's name
     * when it has one, as {@code Admin.Get} gives {@code AdminGet}; otherwise suffixed to tell it
     * from the first, as {@code GET} gives {@code GETOther}.
     */
    private static String renamed(
            ProtocolTree.Leaf leaf, ProtocolTree.Leaf first, TypeElement protocol) {
        String simple = leaf.element().getSimpleName().toString();
        if (leaf.element().getEnclosingElement() instanceof TypeElement group
                && !group.equals(protocol)
                && !group.equals(first.element().getEnclosingElement())) {
            return group.getSimpleName() + simple;
        }
        return simple + "Other";
    }
}
