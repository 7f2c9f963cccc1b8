package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.Strategy;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @Supervisor} class: what its generated supervisor is made of.
 *
 * @param tree the {@code @Supervisor} class, whose {@code @Child} methods create the children
 * @param supervisor the class to generate, in the tree's package
 * @param publicSupervisor whether the generated class is public: when the tree class is
 * @param generatedAnnotation whether to mark the generated class {@code @Generated}: only when the
 *     tree's module can read {@code java.compiler}
 * @param strategy how the children are restarted
 * @param intensity at most this many restarts within {@code periodSeconds}
 * @param periodSeconds the window of the restart intensity, in seconds
 * @param children the static children, in declaration order, which is their start order; empty
 *     for {@link Strategy#SIMPLE_ONE_FOR_ONE}
 * @param template the template of a {@link Strategy#SIMPLE_ONE_FOR_ONE} supervisor's children;
 *     empty for the other strategies
 * @param shadowedJavaLang the {@code java.lang} names that types of the tree's package shadow:
 *     the generated file writes those {@code java.lang} types with their package
 * @param usesDeprecated whether the generated class names a deprecated type or method of the
 *     user's (the tree, a {@code @Child} method, a child's class or its protocol, a parameter's
 *     type): it then suppresses deprecation warnings, as handles and descriptors do
 */
public record SupervisorModel(
        ClassName tree,
        ClassName supervisor,
        boolean publicSupervisor,
        boolean generatedAnnotation,
        Strategy strategy,
        int intensity,
        int periodSeconds,
        List<Child> children,
        Optional<Template> template,
        java.util.Set<String> shadowedJavaLang,
        boolean usesDeprecated) {

    /** Copies the collections. */
    public SupervisorModel {
        children = List.copyOf(children);
        shadowedJavaLang = java.util.Set.copyOf(shadowedJavaLang);
    }
}
