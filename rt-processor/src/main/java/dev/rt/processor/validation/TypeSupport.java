package dev.rt.processor.validation;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Questions about types that the validators share: resolution, access, nesting, generics,
 * annotations, and names.
 */
final class TypeSupport {
    final Types types;
    final Elements elements;

    TypeSupport(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** Thrown, and caught by the validators, when a type does not exist (yet). */
    static final class UnresolvedTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String typeName;

        UnresolvedTypeException(String typeName) {
            super(typeName, null, false, false);
            this.typeName = typeName;
        }
    }

    /**
     * Checks that a type, its type arguments, bounds and components all exist.
     *
     * @param type the type to check
     * @return the type
     * @throws UnresolvedTypeException if any part of it is an error type
     */
    <T extends TypeMirror> T resolved(T type) {
        scan(type, new HashSet<>());
        return type;
    }

    private void scan(TypeMirror type, Set<Element> variables) {
        switch (type.getKind()) {
            case ERROR -> throw new UnresolvedTypeException(type.toString());
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                for (TypeMirror argument : declared.getTypeArguments()) {
                    scan(argument, variables);
                }
                if (declared.getEnclosingType().getKind() != TypeKind.NONE) {
                    scan(declared.getEnclosingType(), variables);
                }
            }
            case ARRAY -> scan(((ArrayType) type).getComponentType(), variables);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    scan(wildcard.getExtendsBound(), variables);
                }
                if (wildcard.getSuperBound() != null) {
                    scan(wildcard.getSuperBound(), variables);
                }
            }
            case TYPEVAR -> {
                TypeVariable variable = (TypeVariable) type;
                if (variables.add(variable.asElement())) {
                    scan(variable.getUpperBound(), variables);
                    scan(variable.getLowerBound(), variables);
                }
            }
            case INTERSECTION -> {
                for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
                    scan(bound, variables);
                }
            }
            case UNION -> {
                for (TypeMirror alternative : ((UnionType) type).getAlternatives()) {
                    scan(alternative, variables);
                }
            }
            default -> {}
        }
    }

    /**
     * Finds the parameterization of a class or interface among a type's supertypes, the type
     * itself included, checking on the way that each supertype exists.
     *
     * @param type where to start
     * @param qualifiedName the class or interface to find
     * @return the supertype, with the type arguments it has as a supertype of {@code type}
     */
    Optional<DeclaredType> findSupertype(TypeMirror type, String qualifiedName) {
        Queue<TypeMirror> queue = new ArrayDeque<>(List.of(resolved(type)));
        Set<Element> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            TypeMirror next = queue.remove();
            if (next.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement element = (TypeElement) ((DeclaredType) next).asElement();
            if (!seen.add(element)) {
                continue;
            }
            if (element.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of((DeclaredType) next);
            }
            for (TypeMirror supertype : types.directSupertypes(next)) {
                queue.add(resolved(supertype));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the generated code, in package {@code pkg}, could not name a type.
     *
     * @param type a type
     * @param pkg the package of the generated code
     * @return why it is not accessible, or empty if it is
     */
    Optional<String> inaccessibility(TypeMirror type, String pkg) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
                    String who = t == element ? "it is" : name(t) + ", which encloses it, is";
                    Set<Modifier> modifiers = t.getModifiers();
                    String in = packageOf(t);
                    if (modifiers.contains(Modifier.PRIVATE)) {
                        yield Optional.of(who + " private");
                    }
                    if (!modifiers.contains(Modifier.PUBLIC) && !in.equals(pkg)) {
                        String access =
                                modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
                        yield Optional.of(who + " " + access + " in package '" + in + "'");
                    }
                }
                for (TypeMirror argument : declared.getTypeArguments()) {
                    Optional<String> why = inaccessibility(argument, pkg);
                    if (why.isPresent()) {
                        yield Optional.of("its type argument " + name(argument) + ": " + why.get());
                    }
                }
                yield Optional.empty();
            }
            case ARRAY -> inaccessibility(((ArrayType) type).getComponentType(), pkg);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound =
                        wildcard.getExtendsBound() != null
                                ? wildcard.getExtendsBound()
                                : wildcard.getSuperBound();
                yield bound == null ? Optional.empty() : inaccessibility(bound, pkg);
            }
            default -> Optional.empty();
        };
    }

    /**
     * Why a class or interface is generic: its own type parameters, or those of the class whose
     * inner class it is.
     *
     * @param element a class or interface
     * @return the reason, to follow its name in a sentence; empty if it is not generic
     */
    Optional<String> genericity(TypeElement element) {
        if (!element.getTypeParameters().isEmpty()) {
            return Optional.of("declares type parameters " + typeParameters(element.getTypeParameters()));
        }
        if (element.getEnclosingElement() instanceof TypeElement outer
                && !element.getModifiers().contains(Modifier.STATIC)
                && genericity(outer).isPresent()) {
            return Optional.of("is an inner class of the generic " + name(outer.asType()));
        }
        return Optional.empty();
    }

    /**
     * {@return whether a type, or any part of it, does not exist (yet)}
     *
     * @param type the type to check
     */
    boolean isUnresolved(TypeMirror type) {
        try {
            resolved(type);
            return false;
        } catch (UnresolvedTypeException e) {
            return true;
        }
    }

    /**
     * Why a class, or a class that encloses it, needs an enclosing instance or has no name.
     *
     * @param type a class
     * @return the reason, to follow its name in a sentence; empty if it is static enough
     */
    Optional<String> notStatic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            String who = t == type ? "" : "nested in ";
            NestingKind nesting = t.getNestingKind();
            if (nesting == NestingKind.LOCAL) {
                return Optional.of(who + "a local class");
            }
            if (nesting == NestingKind.ANONYMOUS) {
                return Optional.of(who + "an anonymous class");
            }
            if (t == type
                    && nesting == NestingKind.MEMBER
                    && !t.getModifiers().contains(Modifier.STATIC)) {
                return Optional.of("an inner class (a nested class that is not static)");
            }
        }
        return Optional.empty();
    }

    /** {@return the class itself, or the first class that encloses it, that is private} */
    Optional<TypeElement> privateClass(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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
     * @throws UnresolvedTypeException if it is not a constant, as when javac cannot find it
     */
    String enumConstant(AnnotationValue value) {
        if (value.getValue() instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        throw new UnresolvedTypeException(String.valueOf(value));
    }

    /**
     * {@return the number that an annotation value is}
     *
     * @param value the value of an annotation element of a numeric type
     * @throws UnresolvedTypeException if it is not a number, as when javac cannot find a constant
     */
    long number(AnnotationValue value) {
        if (value.getValue() instanceof Number number) {
            return number.longValue();
        }
        throw new UnresolvedTypeException(String.valueOf(value));
    }

    /**
     * {@return the type that an annotation value of type {@code Class} is: {@code void} for {@code
     * void.class}, an error type for a class that does not exist (yet)}
     *
     * @param value the value of an annotation element of type {@code Class}
     * @throws UnresolvedTypeException if it is not a type, as when javac cannot read it
     */
    TypeMirror classValue(AnnotationValue value) {
        if (value.getValue() instanceof TypeMirror type) {
            return type;
        }
        throw new UnresolvedTypeException(String.valueOf(value));
    }

    /** {@return the package of an element, empty for the unnamed package} */
    String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
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
        ExecutableType type = memberType(method, owner);
        return type.getParameterTypes().stream()
                .map(this::name)
                .collect(Collectors.joining(", ", declaredIn + method.getSimpleName() + "(", ")"));
    }

    /** {@return the type of a method as a member of {@code owner}: type arguments substituted} */
    ExecutableType memberType(ExecutableElement method, TypeElement owner) {
        return (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
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
