package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.ActorBehavior;
import dev.rt.annotation.Supervisor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The classes that RT's processor generates, and the annotated classes they are generated from: a
 * behavior's handle, a supervisor's generated supervisor.
 *
 * <p>A generated class is named after the class it comes from, in the same package ({@link
 * Names}), so the way back is a search of that package for an annotated class of that name.
 */
public final class GeneratedTypes {
    static final String ACTOR_BEHAVIOR = ActorBehavior.class.getCanonicalName();
    static final String SUPERVISOR = Supervisor.class.getCanonicalName();

    private final Types types;
    private final Elements elements;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;

    GeneratedTypes(ValidationTools tools) {
        this.types = tools.types();
        this.elements = tools.elements();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
    }

    /** What a generated class is to the class it is generated from. */
    public enum Role {
        /** The handle of an {@code @ActorBehavior} class. */
        HANDLE("handle"),
        /** The generated supervisor of a {@code @Supervisor} class. */
        SUPERVISOR("generated supervisor");

        private final String description;

        Role(String description) {
            this.description = description;
        }

        /** {@return the role in a sentence, such as "handle"} */
        String description() {
            return description;
        }
    }

    /**
     * An annotated class, and what is generated from it.
     *
     * @param element the {@code @ActorBehavior} or {@code @Supervisor} class
     * @param role what the generated class is
     * @param generated the generated class
     */
    public record Origin(TypeElement element, Role role, ClassName generated) {}

    /**
     * {@return what RT's processor generates from a class, if it is annotated for that}
     *
     * @param type a class; an {@code @ActorBehavior} class gives its handle, a {@code @Supervisor}
     *     class its generated supervisor
     */
    Optional<Origin> generatedFrom(TypeElement type) {
        if (annotations.isAnnotated(type, ACTOR_BEHAVIOR)) {
            return Optional.of(new Origin(type, Role.HANDLE, Names.handle(type)));
        }
        if (annotations.isAnnotated(type, SUPERVISOR)) {
            return Optional.of(new Origin(type, Role.SUPERVISOR, Names.supervisor(type)));
        }
        return Optional.empty();
    }

    /**
     * Finds the annotated class that a class is, or would be, generated from.
     *
     * @param pkg the package to search, where the generated class is
     * @param simpleName the generated class's simple name, such as {@code CounterHandle}
     * @return the class it comes from, or empty if no annotated class of that package gives it
     */
    Optional<Origin> originOf(String pkg, String simpleName) {
        PackageElement element = elements.getPackageElement(pkg);
        if (element == null) {
            return Optional.empty();
        }
        Deque<Element> queue = new ArrayDeque<>(element.getEnclosedElements());
        while (!queue.isEmpty()) {
            if (!(queue.removeFirst() instanceof TypeElement type)) {
                continue;
            }
            Optional<Origin> origin = generatedFrom(type);
            if (origin.isPresent() && origin.get().generated().simpleName().equals(simpleName)) {
                return origin;
            }
            queue.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
        }
        return Optional.empty();
    }

    /**
     * {@return the annotated class that a class is generated from, if it is one}
     *
     * @param type a class, such as a handle
     */
    Optional<Origin> originOf(TypeElement type) {
        if (!(type.getEnclosingElement() instanceof PackageElement)) {
            // Generated classes are top-level.
            return Optional.empty();
        }
        return originOf(access.packageOf(type), type.getSimpleName().toString())
                .filter(origin -> origin.generated().equals(ClassName.get(type)));
    }

    /** {@return whether a generated class exists: it was generated in an earlier round or build} */
    boolean exists(ClassName generated) {
        return elements.getTypeElement(generated.canonicalName()) != null;
    }
}
