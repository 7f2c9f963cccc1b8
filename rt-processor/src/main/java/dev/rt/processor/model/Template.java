package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.annotation.Restart;
import java.util.Optional;

/**
 * The template of a {@code SIMPLE_ONE_FOR_ONE} supervisor's children: its one {@code @Child}
 * method, from which the generated {@code start<Id>} method starts each child.
 *
 * @param id the children's name prefix: the method's name
 * @param startMethod the name of the generated method that starts a child, such as {@code
 *     startWorker}
 * @param factory the {@code @Child} method
 * @param behavior the {@code @ActorBehavior} class that the method returns
 * @param handle the behavior's handle
 * @param protocol the behavior's protocol
 * @param restart when a child is restarted
 * @param shutdownMillis as {@code @Child} gives it: -2 for the default, else the shutdown timeout
 *     in milliseconds
 * @param argument the method's parameter, which {@code startMethod} takes; empty if it has none
 */
public record Template(
        String id,
        String startMethod,
        MethodRef factory,
        ClassName behavior,
        ClassName handle,
        ClassName protocol,
        Restart restart,
        long shutdownMillis,
        Optional<Argument> argument) {

    /**
     * The argument that a child is started with.
     *
     * @param name the parameter's name
     * @param type the parameter's type, as declared: primitive types included
     */
    public record Argument(String name, TypeName type) {}
}
