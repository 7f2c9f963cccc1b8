package dev.rt.processor.validation;

import dev.rt.annotation.Child;
import dev.rt.annotation.Restart;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and checks one {@code @Child} method on its own: its modifiers, what it throws, its id,
 * its {@code shutdownMillis}, what it returns, which makes the child a worker or a nested
 * supervisor, and its health check. How children relate to each other is for {@link
 * SupervisorValidator} and {@link SiblingValidator}.
 */
final class ChildValidator {
    static final String CHILD = Child.class.getCanonicalName();

    /** The characters of an actor name, as the runtime checks it. */
    private static final String NAME_PUNCTUATION = "-_.:@$+";

    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final GeneratedTypes generated;
    private final HealthCheckValidator healthCheckValidator;
    private final TypeMirror runtimeException;
    private final TypeMirror error;

    ChildValidator(ValidationTools tools, GeneratedTypes generated) {
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
        this.generated = generated;
        this.healthCheckValidator = new HealthCheckValidator(tools);
        this.runtimeException =
                elements.getTypeElement("java.lang.RuntimeException").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
    }

    /**
     * Reads a {@code @Child} method, reporting what is wrong with it on its own.
     *
     * @param tree the {@code @Supervisor} class that declares it
     * @param method the method
     * @param report where broken rules go
     * @param pending where types that do not exist yet go
     * @return the child; its type is empty if the method does not return a behavior or a
     *     supervisor class, or if its return type does not exist yet
     */
    CheckedChild read(
            TypeElement tree,
            ExecutableElement method,
            ValidationReport.Builder report,
            PendingTypes pending) {
        String name = messageNames.name(method, tree);
        String id = method.getSimpleName().toString();
        AnnotationMirror annotation = annotations.annotation(method, CHILD).orElseThrow();
        checkModifiers(method, name, report);
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (resolution.isUnresolved(thrown)) {
                pending.unresolved(thrown, method, "child '" + id + "'");
            } else if (!types.isSubtype(thrown, runtimeException)
                    && !types.isSubtype(thrown, error)) {
                report.error(Diagnostic.CHILD_THROWS, method, name, messageNames.name(thrown));
            }
        }
        checkId(method, id, report);
        AnnotationValue restart = annotations.value(annotation, "restart");
        AnnotationValue shutdown = annotations.value(annotation, "shutdownMillis");
        long shutdownMillis = annotations.number(shutdown);
        if (shutdownMillis < -2) {
            report.errorOnValue(
                    Diagnostic.BAD_SHUTDOWN, method, annotation, shutdown, shutdownMillis, name);
        }
        Optional<GeneratedTypes.Origin> type = type(tree, method, name, report, pending);
        return new CheckedChild(
                method,
                name,
                id,
                Restart.valueOf(annotations.enumConstant(restart)),
                shutdownMillis,
                annotation,
                type,
                annotations.number(annotations.value(annotation, HealthCheckValidator.INTERVAL)),
                healthCheckValidator.check(tree, method, name, annotation, type, report, pending));
    }

    private void checkModifiers(
            ExecutableElement method, String name, ValidationReport.Builder report) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            report.error(Diagnostic.PRIVATE_CHILD, method, name);
        }
        if (modifiers.contains(Modifier.STATIC)) {
            report.error(Diagnostic.STATIC_CHILD, method, name);
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.error(
                    Diagnostic.GENERIC_CHILD,
                    method,
                    name,
                    messageNames.typeParameters(method.getTypeParameters()));
        }
    }

    /** A child's id is its actor name: Java allows letters that an actor name does not. */
    private static void checkId(
            ExecutableElement method, String id, ValidationReport.Builder report) {
        id.codePoints()
                .filter(c -> !isNameCharacter(c))
                .findFirst()
                .ifPresent(
                        c ->
                                report.error(
                                        Diagnostic.BAD_CHILD_ID,
                                        method,
                                        id,
                                        Character.toString(c)));
    }

    private static boolean isNameCharacter(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || NAME_PUNCTUATION.indexOf(c) >= 0;
    }

    /** What the method returns: a behavior, a supervisor, or an error. */
    private Optional<GeneratedTypes.Origin> type(
            TypeElement tree,
            ExecutableElement method,
            String name,
            ValidationReport.Builder report,
            PendingTypes pending) {
        TypeMirror returned = method.getReturnType();
        if (resolution.isUnresolved(returned)) {
            pending.unresolved(returned, method, "child '" + method.getSimpleName() + "'");
            return Optional.empty();
        }
        Optional<GeneratedTypes.Origin> origin =
                returned.getKind() == TypeKind.DECLARED
                        ? generated.generatedFrom(
                                (TypeElement) ((DeclaredType) returned).asElement())
                        : Optional.empty();
        if (origin.isEmpty()) {
            report.error(
                    Diagnostic.NOT_A_CHILD_TYPE,
                    method,
                    name,
                    describe(returned),
                    fix(returned));
            return Optional.empty();
        }
        String pkg = access.packageOf(tree);
        Optional<String> inaccessible = access.inaccessibility(returned, pkg);
        if (inaccessible.isPresent()) {
            report.error(
                    Diagnostic.NOT_ACCESSIBLE,
                    method,
                    messageNames.name(returned),
                    messageNames.name(tree),
                    pkg,
                    inaccessible.get());
        }
        pending.searchAlso(access.packageOf(origin.get().element()));
        return origin;
    }

    /** A return type that is not a child, for a sentence. */
    private String describe(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return messageNames.name(type);
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String what =
                switch (element.getKind()) {
                    case INTERFACE -> "an interface";
                    case ENUM -> "an enum";
                    case RECORD -> "a record that is annotated neither @ActorBehavior nor"
                            + " @Supervisor";
                    case ANNOTATION_TYPE -> "an annotation interface";
                    default -> "a class that is annotated neither @ActorBehavior nor @Supervisor";
                };
        return messageNames.name(type) + ", " + what;
    }

    /** How to fix a return type that is not a child. */
    private String fix(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            Optional<GeneratedTypes.Origin> origin = generated.originOf(element);
            if (origin.isPresent()) {
                return "return a new " + messageNames.name(origin.get().element()) + ", not its "
                        + origin.get().role().description();
            }
            if (element.getKind().isClass() && isActor(type)) {
                return "annotate " + messageNames.name(element) + " with @ActorBehavior";
            }
        }
        return "return a new instance of the child's @ActorBehavior class";
    }

    private boolean isActor(TypeMirror type) {
        try {
            return resolution.findSupertype(type, RuntimeTypes.ACTOR.canonicalName()).isPresent();
        } catch (TypeResolution.UnresolvedTypeException e) {
            return false;
        }
    }
}
