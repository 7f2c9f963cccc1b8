package dev.rt.processor.validation;

import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and checks the health check of one {@code @Child} method: its {@code
 * healthIntervalMillis}, {@code healthTimeoutMillis} and {@code healthRequest}, which become the
 * runtime's {@code HealthCheck}. Every broken rule is reported on the annotation value that breaks
 * it. Whether a template may have a health check is for {@link SupervisorValidator}.
 */
final class HealthCheckValidator {
    /** The value of {@code @Child} that turns a health check on: its interval. */
    static final String INTERVAL = "healthIntervalMillis";

    /** The value of {@code @Child} that gives a health check's timeout. */
    static final String TIMEOUT = "healthTimeoutMillis";

    /** The value of {@code @Child} that names a health check's request. */
    static final String REQUEST = "healthRequest";

    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;

    HealthCheckValidator(ValidationTools tools) {
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
    }

    /**
     * Reads and checks a child's health check: an interval that is not negative, and with it, a
     * positive timeout and, optionally, a request of the child's protocol that the generated code
     * can create with no arguments; without it, neither a timeout nor a request.
     *
     * @param tree the {@code @Supervisor} class, in whose package the code is generated
     * @param method the {@code @Child} method
     * @param name the method's name for messages
     * @param annotation its {@code @Child}
     * @param type what the child is, if the method returns a behavior or a supervisor class
     * @param report where broken rules go
     * @param pending where types that do not exist yet go
     * @return the health check, or empty if the child has none or it breaks a rule
     */
    Optional<CheckedHealthCheck> check(
            TypeElement tree,
            ExecutableElement method,
            String name,
            AnnotationMirror annotation,
            Optional<GeneratedTypes.Origin> type,
            ValidationReport.Builder report,
            PendingTypes pending) {
        AnnotationValue intervalValue = annotations.value(annotation, INTERVAL);
        AnnotationValue timeoutValue = annotations.value(annotation, TIMEOUT);
        AnnotationValue requestValue = annotations.value(annotation, REQUEST);
        long interval = annotations.number(intervalValue);
        long timeout = annotations.number(timeoutValue);
        TypeMirror request = annotations.classValue(requestValue);
        boolean hasRequest = request.getKind() != TypeKind.VOID;
        if (hasRequest && resolution.isUnresolved(request)) {
            pending.unresolved(
                    request, method, "healthRequest of child '" + method.getSimpleName() + "'");
            return Optional.empty();
        }
        if (interval < 0) {
            report.errorOnValue(
                    Diagnostic.BAD_HEALTH_INTERVAL, method, annotation, intervalValue, interval,
                    name);
            return Optional.empty();
        }
        if (interval == 0) {
            if (timeout != 0) {
                report.errorOnValue(
                        Diagnostic.HEALTH_CHECK_WITHOUT_INTERVAL,
                        method,
                        annotation,
                        timeoutValue,
                        TIMEOUT,
                        timeout,
                        name,
                        TIMEOUT);
            }
            if (hasRequest) {
                report.errorOnValue(
                        Diagnostic.HEALTH_CHECK_WITHOUT_INTERVAL,
                        method,
                        annotation,
                        requestValue,
                        REQUEST,
                        messageNames.name(request) + ".class",
                        name,
                        REQUEST);
            }
            return Optional.empty();
        }
        boolean valid = true;
        if (timeout <= 0) {
            boolean explicit = annotations.isExplicit(annotation, TIMEOUT);
            report.errorOnValue(
                    Diagnostic.BAD_HEALTH_TIMEOUT,
                    method,
                    annotation,
                    explicit ? timeoutValue : intervalValue,
                    interval,
                    name,
                    explicit
                            ? "healthTimeoutMillis = " + timeout + " is not positive"
                            : "healthTimeoutMillis is not set");
            valid = false;
        }
        if (type.isEmpty()) {
            // The method returns no child, which is reported, or a type that does not exist yet.
            return Optional.empty();
        }
        if (type.get().role() == GeneratedTypes.Role.SUPERVISOR) {
            if (hasRequest) {
                report.errorOnValue(
                        Diagnostic.HEALTH_REQUEST_ON_SUPERVISOR,
                        method,
                        annotation,
                        requestValue,
                        messageNames.name(request),
                        name,
                        method.getSimpleName());
                return Optional.empty();
            }
            return valid
                    ? Optional.of(
                            new CheckedHealthCheck(
                                    interval, timeout, Optional.empty(), Optional.empty()))
                    : Optional.empty();
        }
        TypeElement behavior = type.get().element();
        Optional<TypeElement> protocol = protocolOf(behavior);
        if (protocol.isEmpty()) {
            // Only a behavior with a protocol gets a handle: wait for it, as for any handle.
            pending.notGenerated(
                    type.get().generated(), method, "child '" + method.getSimpleName() + "'");
            return Optional.empty();
        }
        String pkg = access.packageOf(tree);
        Optional<String> inaccessible = access.inaccessibility(protocol.get().asType(), pkg);
        if (inaccessible.isPresent()) {
            report.errorOnValue(
                    Diagnostic.NOT_ACCESSIBLE,
                    method,
                    annotation,
                    intervalValue,
                    messageNames.name(protocol.get()),
                    messageNames.name(tree),
                    pkg,
                    inaccessible.get());
            valid = false;
        }
        Optional<TypeElement> requestLeaf = Optional.empty();
        if (hasRequest) {
            RequestCheck check =
                    new RequestCheck(
                            tree, method, name, annotation, requestValue, behavior,
                            protocol.get());
            Optional<TypeElement> leaf = check.leaf(request, report);
            valid &= leaf.isPresent();
            requestLeaf = leaf;
        }
        return valid
                ? Optional.of(
                        new CheckedHealthCheck(interval, timeout, protocol, requestLeaf))
                : Optional.empty();
    }

    /** {@return the protocol {@code M} of a behavior's {@code Actor<M>}, if it has one} */
    private Optional<TypeElement> protocolOf(TypeElement behavior) {
        try {
            return resolution.findSupertype(behavior.asType(), RuntimeTypes.ACTOR.canonicalName())
                    .filter(actor -> actor.getTypeArguments().size() == 1)
                    .map(actor -> actor.getTypeArguments().get(0))
                    .filter(type -> type.getKind() == TypeKind.DECLARED)
                    .map(type -> (TypeElement) ((DeclaredType) type).asElement());
        } catch (TypeResolution.UnresolvedTypeException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the {@code healthRequest} of a worker: a message of its protocol, a request, that
     * the generated code can create with {@code new Message()}.
     */
    private final class RequestCheck {
        private final ExecutableElement method;
        private final String name;
        private final AnnotationMirror annotation;
        private final AnnotationValue value;
        private final TypeElement behavior;
        private final TypeElement protocol;
        private final TypeElement tree;
        private final String pkg;

        RequestCheck(
                TypeElement tree,
                ExecutableElement method,
                String name,
                AnnotationMirror annotation,
                AnnotationValue value,
                TypeElement behavior,
                TypeElement protocol) {
            this.tree = tree;
            this.method = method;
            this.name = name;
            this.annotation = annotation;
            this.value = value;
            this.behavior = behavior;
            this.protocol = protocol;
            this.pkg = access.packageOf(tree);
        }

        /**
         * {@return the message, or empty if it breaks a rule, which is reported on the value}
         *
         * @param request the value of {@code healthRequest}, a type that exists
         */
        Optional<TypeElement> leaf(TypeMirror request, ValidationReport.Builder report) {
            String shown = messageNames.name(request);
            Optional<String> notAMessage = notAMessage(request);
            if (notAMessage.isPresent()) {
                report.errorOnValue(
                        Diagnostic.HEALTH_REQUEST_NOT_A_MESSAGE,
                        method,
                        annotation,
                        value,
                        shown,
                        name,
                        shown,
                        messageNames.name(protocol),
                        messageNames.name(behavior),
                        notAMessage.get(),
                        candidates());
                return Optional.empty();
            }
            TypeElement leaf = (TypeElement) ((DeclaredType) request).asElement();
            boolean valid = true;
            if (!isRequest(leaf)) {
                List<String> others = usableRequests();
                report.errorOnValue(
                        Diagnostic.HEALTH_REQUEST_NOT_A_REQUEST,
                        method,
                        annotation,
                        value,
                        shown,
                        name,
                        shown,
                        others.isEmpty()
                                ? "name another message that is a request"
                                : "name " + oneOf(others));
                valid = false;
            }
            Optional<String> needsArguments = needsArguments(leaf);
            if (needsArguments.isPresent()) {
                report.errorOnValue(
                        Diagnostic.HEALTH_REQUEST_NEEDS_ARGUMENTS,
                        method,
                        annotation,
                        value,
                        shown,
                        name,
                        shown,
                        needsArguments.get(),
                        messageNames.name(protocol),
                        pkg);
                valid = false;
            }
            Optional<String> inaccessible = access.inaccessibility(request, pkg);
            if (inaccessible.isPresent()) {
                report.errorOnValue(
                        Diagnostic.NOT_ACCESSIBLE,
                        method,
                        annotation,
                        value,
                        shown,
                        messageNames.name(tree),
                        pkg,
                        inaccessible.get());
                valid = false;
            }
            return valid ? Optional.of(leaf) : Optional.empty();
        }

        /** Why a type is not a message of the protocol, for a parenthesis; empty if it is one. */
        private Optional<String> notAMessage(TypeMirror request) {
            if (request.getKind() != TypeKind.DECLARED) {
                return Optional.of(
                        request.getKind() == TypeKind.ARRAY
                                ? "it is an array type"
                                : "it is a primitive type");
            }
            TypeElement element = (TypeElement) ((DeclaredType) request).asElement();
            if (element.equals(protocol)) {
                return Optional.of("it is the protocol itself");
            }
            if (!types.isSubtype(
                    types.erasure(request), types.erasure(protocol.asType()))) {
                return Optional.of("it does not implement " + messageNames.name(protocol));
            }
            if (!isLeaf(element)) {
                return Optional.of(
                        element.getKind() == ElementKind.INTERFACE
                                ? "it is an interface that groups messages"
                                : "it is a class that is not final");
            }
            return Optional.empty();
        }

        /** The fix of a value that is no message: the requests that would do, or how to add one. */
        private String candidates() {
            List<String> requests = usableRequests();
            if (requests.isEmpty()) {
                return "add a message such as 'record Health() implements "
                        + messageNames.name(protocol)
                        + ", Request<Boolean> {}', whose handler answers whether the child is"
                        + " healthy, and name it";
            }
            return "name " + oneOf(requests);
        }

        /**
         * {@return the messages of the protocol that would do as a health request, as class
         * literals, in protocol order}
         */
        private List<String> usableRequests() {
            List<String> usable = new ArrayList<>();
            for (TypeElement leaf : leaves(protocol, new LinkedHashSet<>())) {
                if (isRequest(leaf)
                        && needsArguments(leaf).isEmpty()
                        && access.inaccessibility(leaf.asType(), pkg).isEmpty()) {
                    usable.add(messageNames.name(leaf) + ".class");
                }
            }
            return usable;
        }

        /** The messages under a protocol or group, depth first; a missing type is skipped. */
        private Set<TypeElement> leaves(TypeElement node, Set<TypeElement> found) {
            for (TypeMirror permitted : node.getPermittedSubclasses()) {
                if (resolution.isUnresolved(permitted)
                        || !(types.asElement(permitted) instanceof TypeElement sub)) {
                    continue;
                }
                if (sub.getKind() == ElementKind.INTERFACE) {
                    leaves(sub, found);
                } else if (isLeaf(sub)) {
                    found.add(sub);
                }
            }
            return found;
        }

        private boolean isRequest(TypeElement leaf) {
            try {
                return resolution.findSupertype(leaf.asType(), RuntimeTypes.REQUEST.canonicalName())
                        .isPresent();
            } catch (TypeResolution.UnresolvedTypeException e) {
                return false;
            }
        }

        /**
         * Why {@code new Message()} would not compile in the tree's package, to follow "and" in a
         * sentence; empty if it would.
         */
        private Optional<String> needsArguments(TypeElement leaf) {
            if (leaf.getKind() == ElementKind.ENUM) {
                return Optional.of("it is an enum, whose constants cannot be created");
            }
            Optional<String> notStatic = access.notStatic(leaf);
            if (notStatic.isPresent()) {
                return Optional.of("it is " + notStatic.get());
            }
            if (leaf.getKind() == ElementKind.RECORD) {
                List<String> components = new ArrayList<>();
                for (RecordComponentElement component : leaf.getRecordComponents()) {
                    components.add(
                            messageNames.name(component.asType()) + " " + component.getSimpleName());
                }
                return components.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                "it is a record with components ("
                                        + String.join(", ", components)
                                        + ")");
            }
            Optional<ExecutableElement> constructor =
                    ElementFilter.constructorsIn(leaf.getEnclosedElements()).stream()
                            .filter(c -> c.getParameters().isEmpty())
                            .findFirst();
            if (constructor.isEmpty()) {
                return Optional.of("it has no constructor without parameters");
            }
            Set<Modifier> modifiers = constructor.get().getModifiers();
            if (modifiers.contains(Modifier.PRIVATE)) {
                return Optional.of("its constructor without parameters is private");
            }
            if (!modifiers.contains(Modifier.PUBLIC) && !access.packageOf(leaf).equals(pkg)) {
                return Optional.of(
                        "its constructor without parameters is "
                                + (modifiers.contains(Modifier.PROTECTED)
                                        ? "protected"
                                        : "package-private")
                                + " in package '"
                                + access.packageOf(leaf)
                                + "'");
            }
            return Optional.empty();
        }
    }

    /** {@return whether a type can be a message: a record, an enum, or a final class} */
    private static boolean isLeaf(TypeElement type) {
        return switch (type.getKind()) {
            case RECORD, ENUM -> true;
            case CLASS -> type.getModifiers().contains(Modifier.FINAL);
            default -> false;
        };
    }

    /** {@return class literals for a sentence: {@code A.class}, {@code A.class or B.class}} */
    private static String oneOf(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }

}
