package dev.rt.processor.validation;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Type names for messages: how diagnostics name types, classes, methods and type parameters, as
 * the user wrote them (nested names without the package, such as {@code Msg.Get}), and how they
 * join names in a sentence.
 */
final class MessageNames {
    private final Types types;

    MessageNames(Types types) {
        this.types = types;
    }

    /** {@return a type's name for messages: nested names without the package, such as {@code Msg.Get}} */
    String name(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String base = name((TypeElement) declared.asElement());
                yield declared.getTypeArguments().isEmpty()
                        ? base
                        : declared.getTypeArguments().stream()
                                .map(this::name)
                                .collect(Collectors.joining(", ", base + "<", ">"));
            }
            case ARRAY -> name(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    yield "? extends " + name(wildcard.getExtendsBound());
                }
                yield wildcard.getSuperBound() != null
                        ? "? super " + name(wildcard.getSuperBound())
                        : "?";
            }
            default -> type.toString();
        };
    }

    /** {@return a class's name for messages: its nested names without the package} */
    String name(TypeElement element) {
        String simple = element.getSimpleName().toString();
        return element.getEnclosingElement() instanceof TypeElement outer
                ? name(outer) + "." + simple
                : simple;
    }

    /**
     * A method's name for messages, with its parameter types as members of {@code owner}, and the
     * class that declares it when that is not {@code owner}: {@code on(Msg.Get)}, {@code
     * Base.on(Msg.Get)}.
     *
     * @param method a method of {@code owner}, declared or inherited
     * @param owner the behavior
     * @return the name
     */
    String name(ExecutableElement method, TypeElement owner) {
        String declaredIn =
                method.getEnclosingElement().equals(owner)
                        ? ""
                        : name((TypeElement) method.getEnclosingElement()) + ".";
        ExecutableType type =
                (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
        return type.getParameterTypes().stream()
                .map(this::name)
                .collect(Collectors.joining(", ", declaredIn + method.getSimpleName() + "(", ")"));
    }

    /** {@return type parameters as declared, such as {@code <K, V>}} */
    String typeParameters(List<? extends TypeParameterElement> parameters) {
        return parameters.stream()
                .map(p -> p.getSimpleName().toString())
                .collect(Collectors.joining(", ", "<", ">"));
    }

    /** {@return names joined for a sentence: {@code A}, {@code A and B}, {@code A, B and C}} */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    }
}
