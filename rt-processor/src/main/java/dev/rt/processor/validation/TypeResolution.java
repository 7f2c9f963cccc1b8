package dev.rt.processor.validation;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Supertypes and unresolved types: whether a type exists (yet), every part of it, and where a
 * class or interface is among a type's supertypes; a type that does not exist is an {@link
 * UnresolvedTypeException}, which the validators turn into a deferral.
 */
final class TypeResolution {
    private final Types types;

    TypeResolution(Types types) {
        this.types = types;
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
        scan(type, new HashSet<>(), error -> false);
        return type;
    }

    /**
     * Checks that a type, its type arguments, bounds and components all exist or are pending: a
     * class that RT's processor generates, named before it exists ({@link PendingHandles}).
     *
     * @param type the type to check
     * @param pending whether an error type names a pending class
     * @return the type
     * @throws UnresolvedTypeException if any part of it is an error type that is not pending
     */
    <T extends TypeMirror> T resolvedOrPending(T type, Predicate<TypeMirror> pending) {
        scan(type, new HashSet<>(), pending);
        return type;
    }

    private void scan(TypeMirror type, Set<Element> variables, Predicate<TypeMirror> pending) {
        switch (type.getKind()) {
            case ERROR -> {
                if (!pending.test(type)) {
                    throw new UnresolvedTypeException(type.toString());
                }
            }
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                for (TypeMirror argument : declared.getTypeArguments()) {
                    scan(argument, variables, pending);
                }
                if (declared.getEnclosingType().getKind() != TypeKind.NONE) {
                    scan(declared.getEnclosingType(), variables, pending);
                }
            }
            case ARRAY -> scan(((ArrayType) type).getComponentType(), variables, pending);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    scan(wildcard.getExtendsBound(), variables, pending);
                }
                if (wildcard.getSuperBound() != null) {
                    scan(wildcard.getSuperBound(), variables, pending);
                }
            }
            case TYPEVAR -> {
                TypeVariable variable = (TypeVariable) type;
                if (variables.add(variable.asElement())) {
                    scan(variable.getUpperBound(), variables, pending);
                    scan(variable.getLowerBound(), variables, pending);
                }
            }
            case INTERSECTION -> {
                for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
                    scan(bound, variables, pending);
                }
            }
            case UNION -> {
                for (TypeMirror alternative : ((UnionType) type).getAlternatives()) {
                    scan(alternative, variables, pending);
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
        return findSupertype(type, qualifiedName, error -> false);
    }

    /**
     * As {@link #findSupertype(TypeMirror, String)}, but a supertype may have pending classes
     * among its type arguments, such as {@code Request<PeerHandle>} before the handle exists.
     *
     * @param type where to start
     * @param qualifiedName the class or interface to find
     * @param pending whether an error type names a pending class
     * @return the supertype, with the type arguments it has as a supertype of {@code type}
     */
    Optional<DeclaredType> findSupertype(
            TypeMirror type, String qualifiedName, Predicate<TypeMirror> pending) {
        Queue<TypeMirror> queue = new ArrayDeque<>(List.of(resolvedOrPending(type, pending)));
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
                queue.add(resolvedOrPending(supertype, pending));
            }
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

    /** {@return the type of a method as a member of {@code owner}: type arguments substituted} */
    ExecutableType memberType(ExecutableElement method, TypeElement owner) {
        return (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
    }
}
