package dev.rt.processor.validation;

import dev.rt.annotation.Priority;
import dev.rt.processor.Diagnostic;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a type annotated {@code @Priority} on its own: that it can be a message or a group of a
 * protocol, a type that implements a sealed interface, and that it is not the root of a sealed
 * hierarchy, which a protocol is.
 *
 * <p>Whether the type is a message of the protocol of some behavior cannot be told from the type:
 * the behavior may be in another compilation. What a behavior does with {@code @Priority} is read
 * with its protocol, by {@link BehaviorValidator}, which also reports it on the protocol itself.
 */
public final class PriorityValidator {
    static final String PRIORITY = Priority.class.getCanonicalName();

    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;

    /**
     * Creates a validator for one compilation.
     *
     * @param env the processing environment
     */
    public PriorityValidator(ProcessingEnvironment env) {
        ValidationTools tools = ValidationTools.of(env);
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
    }

    /**
     * Validates a type annotated {@code @Priority}.
     *
     * @param type a class or interface annotated {@code @Priority}
     * @return valid, with no model, since nothing is generated for the type itself; or the rule it
     *     breaks; or the first of its direct supertypes that does not exist (yet)
     */
    public ValidationResult<Void> validate(TypeElement type) {
        try {
            return check(type);
        } catch (TypeResolution.UnresolvedTypeException e) {
            ValidationReport.Builder report = new ValidationReport.Builder(type);
            report.error(Diagnostic.UNRESOLVED_TYPE, type, type.getQualifiedName(), e.typeName);
            return new ValidationResult.Unresolved<>(e.typeName, report.build());
        }
    }

    private ValidationResult<Void> check(TypeElement type) {
        ValidationReport.Builder report = new ValidationReport.Builder(type);
        AnnotationMirror priority = annotations.annotation(type, PRIORITY).orElseThrow();
        String name = messageNames.name(type);
        if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
            report.errorOnAnnotation(
                    Diagnostic.PRIORITY_NOT_A_MESSAGE,
                    type,
                    priority,
                    name,
                    "an annotation interface",
                    name);
        } else if (!implementsSealedInterface(type)) {
            if (type.getKind() == ElementKind.INTERFACE
                    && type.getModifiers().contains(Modifier.SEALED)) {
                report.errorOnAnnotation(Diagnostic.PRIORITY_ON_PROTOCOL, type, priority, name);
            } else {
                report.errorOnAnnotation(
                        Diagnostic.PRIORITY_NOT_A_MESSAGE,
                        type,
                        priority,
                        name,
                        switch (type.getKind()) {
                            case INTERFACE -> "an interface that extends no sealed interface";
                            case RECORD -> "a record that implements no sealed interface";
                            case ENUM -> "an enum that implements no sealed interface";
                            default -> "a class that implements no sealed interface";
                        },
                        name);
            }
        }
        return report.hasErrors()
                ? new ValidationResult.Invalid<>(report.build())
                : new ValidationResult.Valid<>(null, report.build());
    }

    /**
     * Whether one of the type's direct superinterfaces is sealed, and so permits it: the type is a
     * message or a group of that interface's hierarchy.
     */
    private boolean implementsSealedInterface(TypeElement type) {
        for (TypeMirror superinterface : type.getInterfaces()) {
            TypeElement element =
                    (TypeElement) types.asElement(resolution.resolved(superinterface));
            if (element != null
                    && element.getKind() == ElementKind.INTERFACE
                    && element.getModifiers().contains(Modifier.SEALED)) {
                return true;
            }
        }
        return false;
    }
}
