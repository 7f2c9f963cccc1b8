package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Supervisor} class that {@link SupervisorValidator} checked and found valid, every type
 * it needs existing: what it read and accepted, from which {@code
 * dev.rt.processor.binding.SupervisorModels} builds the model.
 *
 * @param tree the {@code @Supervisor} class
 * @param strategy its {@code strategy}
 * @param intensity its {@code intensity}
 * @param periodSeconds its {@code periodSeconds}
 * @param children its {@code @Child} methods, in declaration order; for {@link
 *     Strategy#SIMPLE_ONE_FOR_ONE}, the one template
 * @param dependencies for each static child, the earlier siblings it takes, one per parameter, in
 *     order; empty for {@link Strategy#SIMPLE_ONE_FOR_ONE}
 * @param templateProtocol the protocol of the template's behavior, for {@link
 *     Strategy#SIMPLE_ONE_FOR_ONE}; empty otherwise
 */
public record CheckedSupervisor(
        TypeElement tree,
        Strategy strategy,
        int intensity,
        int periodSeconds,
        List<CheckedChild> children,
        Map<CheckedChild, List<CheckedChild>> dependencies,
        Optional<ClassName> templateProtocol) {

    /** Copies the list. */
    public CheckedSupervisor {
        children = List.copyOf(children);
    }
}
