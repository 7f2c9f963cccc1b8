package dev.rt.processor.validation;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Accessibility and nesting rules: whether code generated in a package can name a type, and
 * whether a class can be instantiated from it, being static enough, not private, and not generic.
 */
final class AccessRules {
    private final Elements elements;
    private final MessageNames names;

    AccessRules(Elements elements, MessageNames names) {
        this.elements = elements;
        this.names = names;
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
                    String who = t == element ? "it is" : names.name(t) + ", which encloses it, is";
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
                        yield Optional.of(
                                "its type argument " + names.name(argument) + ": " + why.get());
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
            return Optional.of(
                    "declares type parameters "
                            + names.typeParameters(element.getTypeParameters()));
        }
        if (element.getEnclosingElement() instanceof TypeElement outer
                && !element.getModifiers().contains(Modifier.STATIC)
                && genericity(outer).isPresent()) {
            return Optional.of("is an inner class of the generic " + names.name(outer.asType()));
        }
        return Optional.empty();
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

    /** {@return the package of an element, empty for the unnamed package} */
    String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }
}
