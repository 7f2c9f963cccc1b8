package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @ActorBehavior} class: what its handle and its descriptor are made of.
 *
 * @param behavior the behavior class
 * @param protocol the sealed interface {@code M} of {@code Actor<M>}
 * @param handle the handle to generate, in the behavior's package
 * @param descriptor the descriptor to generate, in the behavior's package
 * @param publicHandle whether the handle is public: when the behavior is
 * @param generatedAnnotation whether to mark generated classes {@code @Generated}: only when the
 *     behavior's module can read {@code java.compiler}
 * @param messages the leaves of the protocol, in the order of its {@code permits} clauses: one
 *     handle method each
 * @param handlers the handlers, in declaration order: one dispatch case each
 * @param mailbox the bounded mailbox that the behavior declares; empty for the default, an
 *     unbounded one
 * @param blocking whether the behavior is declared blocking, to run on virtual threads
 * @param usesDeprecated whether the behavior, its protocol, a message or a handler is deprecated:
 *     the generated classes then suppress the deprecation warnings they would otherwise cause
 * @param shadowedJavaLang the {@code java.lang} names that types of the behavior's package
 *     shadow: the generated files write those {@code java.lang} types with their package
 * @param factory what the handle's javadoc suggests as a factory after {@code Behavior::}:
 *     {@code new}, or the name of the behavior's static factory method when its constructors are
 *     private
 * @param stashCapacity the capacity of its actors' stash, as {@code @ActorBehavior} declares it
 *     or by default
 */
public record BehaviorModel(
        ClassName behavior,
        ClassName protocol,
        ClassName handle,
        ClassName descriptor,
        boolean publicHandle,
        boolean generatedAnnotation,
        List<Message> messages,
        List<Handler> handlers,
        Optional<BoundedMailbox> mailbox,
        boolean blocking,
        boolean usesDeprecated,
        java.util.Set<String> shadowedJavaLang,
        String factory,
        int stashCapacity) {

    /** Copies the lists. */
    public BehaviorModel {
        shadowedJavaLang = java.util.Set.copyOf(shadowedJavaLang);
        messages = List.copyOf(messages);
        handlers = List.copyOf(handlers);
    }

    /** {@return the urgent messages, in protocol order: those that {@code @Priority} marks} */
    public List<Message> priorityMessages() {
        return messages.stream().filter(Message::isPriority).toList();
    }
}
