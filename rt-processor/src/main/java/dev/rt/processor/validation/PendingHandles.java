package dev.rt.processor.validation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The classes that RT's processor generates and that a protocol names before they exist: the
 * handle of a behavior (its own, or another's of the same compilation), or a generated supervisor.
 *
 * <p>A protocol whose messages carry handles of its own behavior ({@code record Take(long amount,
 * PeerHandle from)}) names a class that the processor writes only once it has checked that very
 * protocol. javac gives such a name an error type. The processor needs no more than the name to
 * write a handle or a descriptor, so an error type that names a class which RT generates from an
 * annotated class of this compilation, looked up as javac would look the name up, is
 * <em>pending</em>: accepted, and written by its generated name. Any other error type still defers
 * the behavior ({@link TypeResolution.UnresolvedTypeException}).
 *
 * <p>A simple name is looked up the way javac resolves it, as far as a generated top-level class
 * can be meant: a single-type import of that simple name, then the package of the class that names
 * it, then the on-demand imports. The imports are read through the compiler's tree API; under a
 * compiler that has none, only the package is searched. A qualified name is looked up in its
 * package.
 */
final class PendingHandles {
    private final GeneratedTypes generated;
    private final AccessRules access;
    private final Trees trees;

    PendingHandles(ProcessingEnvironment env, ValidationTools tools) {
        this.generated = new GeneratedTypes(tools);
        this.access = tools.access();
        this.trees = treesOf(env);
    }

    private static Trees treesOf(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            // Not javac, or javac without its tree API: packages only.
            return null;
        }
    }

    /**
     * {@return the generated class that an error type names, and the class it comes from}
     *
     * @param type a type; empty unless it is an error type that names a class RT generates
     * @param where the element whose source names the type, for its package and imports
     */
    Optional<GeneratedTypes.Origin> origin(TypeMirror type, Element where) {
        if (type.getKind() != TypeKind.ERROR) {
            return Optional.empty();
        }
        return origin(type.toString(), where);
    }

    /**
     * {@return the generated class that a name means where it is written, and the class it comes
     * from}
     *
     * @param name a simple or qualified name, as javac prints an error type
     * @param where the element whose source names the type, for its package and imports
     */
    Optional<GeneratedTypes.Origin> origin(String name, Element where) {
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            return generated.originOf(name.substring(0, dot), name.substring(dot + 1));
        }
        for (String pkg : packagesFor(name, where)) {
            Optional<GeneratedTypes.Origin> origin = generated.originOf(pkg, name);
            if (origin.isPresent()) {
                return origin;
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether a type, or a part of it, is a pending generated class}
     *
     * @param type a type
     * @param where the element whose source names the type
     */
    boolean containsPending(TypeMirror type, Element where) {
        return switch (type.getKind()) {
            case ERROR -> origin(type, where).isPresent();
            case DECLARED ->
                    ((DeclaredType) type)
                            .getTypeArguments().stream()
                                    .anyMatch(argument -> containsPending(argument, where));
            case ARRAY -> containsPending(((ArrayType) type).getComponentType(), where);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield (wildcard.getExtendsBound() != null
                                && containsPending(wildcard.getExtendsBound(), where))
                        || (wildcard.getSuperBound() != null
                                && containsPending(wildcard.getSuperBound(), where));
            }
            default -> false;
        };
    }

    /**
     * {@return the name to write a type with: its own, but for each pending generated class, the
     * name RT generates it with}
     *
     * @param type a type whose parts all exist or are pending
     * @param where the element whose source names the type
     * @throws TypeResolution.UnresolvedTypeException if a part is missing and not pending
     */
    TypeName typeName(TypeMirror type, Element where) {
        return switch (type.getKind()) {
            case ERROR ->
                    origin(type, where)
                            .<TypeName>map(GeneratedTypes.Origin::generated)
                            .orElseThrow(
                                    () ->
                                            new TypeResolution.UnresolvedTypeException(
                                                    type.toString()));
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                if (!containsPending(declared, where)) {
                    yield TypeName.get(declared);
                }
                ClassName raw = ClassName.get((TypeElement) declared.asElement());
                List<TypeName> arguments = new ArrayList<>();
                for (TypeMirror argument : declared.getTypeArguments()) {
                    arguments.add(typeName(argument, where));
                }
                yield ParameterizedTypeName.get(raw, arguments.toArray(TypeName[]::new));
            }
            case ARRAY -> ArrayTypeName.of(typeName(((ArrayType) type).getComponentType(), where));
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    yield WildcardTypeName.subtypeOf(typeName(wildcard.getExtendsBound(), where));
                }
                if (wildcard.getSuperBound() != null) {
                    yield WildcardTypeName.supertypeOf(typeName(wildcard.getSuperBound(), where));
                }
                yield WildcardTypeName.subtypeOf(Object.class);
            }
            default -> TypeName.get(type);
        };
    }

    /**
     * Why code generated in a package could not name a pending class: a handle or a generated
     * supervisor is public when its class is, and package-private otherwise.
     *
     * @param origin the pending class
     * @param pkg the package of the generated code
     * @return why it is not accessible, or empty if it is
     */
    Optional<String> inaccessibility(GeneratedTypes.Origin origin, String pkg) {
        String in = origin.generated().packageName();
        if (in.equals(pkg) || origin.element().getModifiers().contains(Modifier.PUBLIC)) {
            return Optional.empty();
        }
        return Optional.of(
                "it is generated package-private in package '"
                        + in
                        + "', since "
                        + origin.element().getSimpleName()
                        + " is not public");
    }

    /** The packages a simple name may mean a top-level class of, in javac's order. */
    private List<String> packagesFor(String simpleName, Element where) {
        Set<String> single = new LinkedHashSet<>();
        Set<String> onDemand = new LinkedHashSet<>();
        CompilationUnitTree unit = unitOf(where);
        if (unit != null) {
            for (ImportTree tree : unit.getImports()) {
                if (tree.isStatic()) {
                    continue;
                }
                String imported = tree.getQualifiedIdentifier().toString();
                int dot = imported.lastIndexOf('.');
                if (dot < 0) {
                    continue;
                }
                String last = imported.substring(dot + 1);
                if (last.equals("*")) {
                    onDemand.add(imported.substring(0, dot));
                } else if (last.equals(simpleName)) {
                    single.add(imported.substring(0, dot));
                }
            }
        }
        if (!single.isEmpty()) {
            return List.copyOf(single);
        }
        List<String> packages = new ArrayList<>();
        packages.add(access.packageOf(where));
        packages.addAll(onDemand);
        return packages;
    }

    private CompilationUnitTree unitOf(Element where) {
        if (trees == null) {
            return null;
        }
        Element top = where;
        while (top.getEnclosingElement() != null
                && !(top.getEnclosingElement() instanceof PackageElement)) {
            top = top.getEnclosingElement();
        }
        try {
            TreePath path = trees.getPath(top);
            return path == null ? null : path.getCompilationUnit();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
