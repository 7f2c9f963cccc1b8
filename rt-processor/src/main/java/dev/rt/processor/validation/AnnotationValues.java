package dev.rt.processor.validation;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Annotation values: finding an element's annotation, and reading its values, with their
 * defaults, as numbers, enum constants or types; a value that javac could not resolve is an
 * {@link TypeResolution.UnresolvedTypeException}.
 */
final class AnnotationValues {
    private final Elements elements;

    AnnotationValues(Elements elements) {
        this.elements = elements;
    }

    /**
     * {@return an element's annotation of the given type, if it has one}
     *
     * @param element the annotated element
     * @param qualifiedName the annotation interface
     */
    Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** {@return whether an element has an annotation of the given type} */
    boolean isAnnotated(Element element, String qualifiedName) {
        return annotation(element, qualifiedName).isPresent();
    }

    /**
     * {@return the value of an annotation's element, its default if the source leaves it out}
     *
     * @param annotation the annotation
     * @param name the element's name, such as {@code intensity}
     */
    AnnotationValue value(AnnotationMirror annotation, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(annotation).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException(
                "no element " + name + " in " + annotation.getAnnotationType());
    }

    /**
     * {@return whether the source sets an annotation's element, rather than leaving its default}
     *
     * @param annotation the annotation
     * @param name the element's name, such as {@code overflow}
     */
    boolean isExplicit(AnnotationMirror annotation, String name) {
        return annotation.getElementValues().keySet().stream()
                .anyMatch(element -> element.getSimpleName().contentEquals(name));
    }

    /**
     * {@return whether the source sets an annotation's element to a value other than its default}
     *
     * @param annotation the annotation
     * @param name the element's name, such as {@code blockTimeoutMillis}
     */
    boolean overridesDefault(AnnotationMirror annotation, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                AnnotationValue defaultValue = entry.getKey().getDefaultValue();
                return defaultValue == null
                        || !defaultValue.getValue().equals(entry.getValue().getValue());
            }
        }
        return false;
    }

    /**
     * {@return the name of the enum constant that an annotation value is}
     *
     * @param value the value of an annotation element of an enum type
     * @throws TypeResolution.UnresolvedTypeException
     *     if it is not a constant, as when javac cannot find it
     */
    String enumConstant(AnnotationValue value) {
        if (value.getValue() instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        throw new TypeResolution.UnresolvedTypeException(String.valueOf(value));
    }

    /**
     * {@return the number that an annotation value is}
     *
     * @param value the value of an annotation element of a numeric type
     * @throws TypeResolution.UnresolvedTypeException
     *     if it is not a number, as when javac cannot find a constant
     */
    long number(AnnotationValue value) {
        if (value.getValue() instanceof Number number) {
            return number.longValue();
        }
        throw new TypeResolution.UnresolvedTypeException(String.valueOf(value));
    }

    /**
     * {@return the type that an annotation value of type {@code Class} is: {@code void} for {@code
     * void.class}, an error type for a class that does not exist (yet)}
     *
     * @param value the value of an annotation element of type {@code Class}
     * @throws TypeResolution.UnresolvedTypeException
     *     if it is not a type, as when javac cannot read it
     */
    TypeMirror classValue(AnnotationValue value) {
        if (value.getValue() instanceof TypeMirror type) {
            return type;
        }
        throw new TypeResolution.UnresolvedTypeException(String.valueOf(value));
    }
}
