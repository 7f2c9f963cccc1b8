package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A method, named as a javadoc {@code {@link}} names it.
 *
 * @param owner the class to link through: the behavior, even for an inherited handler
 * @param name the method's name
 * @param parameterTypes the erasures of its parameter types
 */
public record MethodRef(ClassName owner, String name, List<TypeName> parameterTypes) {

    /** Copies the list. */
    public MethodRef {
        parameterTypes = List.copyOf(parameterTypes);
    }
}
