package dev.rt.processor.binding;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.Priority;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.model.BoundedMailbox;
import dev.rt.processor.model.Component;
import dev.rt.processor.model.Handler;
import dev.rt.processor.model.Message;
import dev.rt.processor.model.MethodRef;
import dev.rt.processor.model.Reply;
import dev.rt.processor.validation.CheckedBehavior;
import dev.rt.processor.validation.CheckedHandler;
import dev.rt.processor.validation.Names;
import dev.rt.processor.validation.ProtocolTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link BehaviorModel} of a behavior that {@link
 * dev.rt.processor.validation.BehaviorValidator} checked: it decides nothing that could fail, and
 * reports nothing.
 */
public final class BehaviorModels {
    private static final String PRIORITY = Priority.class.getCanonicalName();

    private final Types types;
    private final Elements elements;
    private final GenerationSite site;

    /**
     * Creates a factory for one compilation.
     *
     * @param env the processing environment
     */
    public BehaviorModels(ProcessingEnvironment env) {
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.site = new GenerationSite(elements);
    }

    /**
     * {@return the model of a valid behavior: what its handle and its descriptor are made of}
     *
     * @param checked what the validator read and accepted
     */
    public BehaviorModel model(CheckedBehavior checked) {
        TypeElement behavior = checked.behavior();
        ProtocolTree tree = checked.protocol();
        List<CheckedHandler> handlerInfos = checked.handlers();
        ClassName behaviorName = ClassName.get(behavior);

        Map<TypeElement, MethodRef> handlerOf = new HashMap<>();
        List<Handler> handlerModels = new ArrayList<>();
        for (CheckedHandler info : handlerInfos) {
            ExecutableElement method = info.method();
            MethodRef ref =
                    new MethodRef(
                            behaviorName, method.getSimpleName().toString(), info.parameterNames());
            List<ClassName> covered = new ArrayList<>();
            for (ProtocolTree.Leaf leaf : info.covered()) {
                handlerOf.put(leaf.element(), ref);
                covered.add(ClassName.get(leaf.element()));
            }
            handlerModels.add(
                    new Handler(
                            ref,
                            ClassName.get(info.messageType()),
                            info.messageType().getKind() == ElementKind.INTERFACE,
                            info.arguments().stream().map(BehaviorModels::argument).toList(),
                            reply(info.returns()),
                            covered));
        }

        List<Message> messages = new ArrayList<>();
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            TypeElement element = leaf.element();
            boolean isRecord = element.getKind() == ElementKind.RECORD;
            List<Component> components = new ArrayList<>();
            if (isRecord) {
                List<? extends RecordComponentElement> declared = element.getRecordComponents();
                for (int i = 0; i < declared.size(); i++) {
                    components.add(
                            new Component(
                                    declared.get(i).getSimpleName().toString(),
                                    leaf.componentTypes().get(i)));
                }
            }
            messages.add(
                    new Message(
                            ClassName.get(element),
                            leaf.methodName(),
                            isRecord ? Message.Shape.RECORD : Message.Shape.INSTANCE,
                            components,
                            leaf.replyName(),
                            handlerOf.get(element),
                            priorityOf(element, tree).map(ClassName::get)));
        }

        return new BehaviorModel(
                behaviorName,
                ClassName.get(tree.element()),
                Names.handle(behavior),
                Names.descriptor(behavior),
                behavior.getModifiers().contains(Modifier.PUBLIC),
                site.canUseGenerated(behavior),
                messages,
                handlerModels,
                mailbox(checked.mailbox()),
                checked.blocking(),
                usesDeprecated(behavior, tree, handlerInfos),
                site.shadowedJavaLang(behavior),
                checked.factory(),
                checked.stashCapacity());
    }

    /** {@return the bounded mailbox; empty for an unbounded one} */
    private static Optional<BoundedMailbox> mailbox(CheckedBehavior.Mailbox mailbox) {
        return mailbox.capacity() > 0
                ? Optional.of(
                        new BoundedMailbox(
                                mailbox.capacity(), mailbox.overflow(), mailbox.blockTimeoutMillis()))
                : Optional.empty();
    }

    /** {@return what the descriptor does with what a handler returns} */
    private static Handler.Argument argument(CheckedHandler.Argument argument) {
        return switch (argument) {
            case CONTEXT -> Handler.Argument.CONTEXT;
            case SELF -> Handler.Argument.SELF;
        };
    }

    private static Reply reply(CheckedHandler.Returns returns) {
        return switch (returns) {
            case VOID -> Reply.NONE;
            case VALUE -> Reply.VALUE;
            case STAGE -> Reply.LATER;
        };
    }

    /** {@return whether the generated code names anything deprecated} */
    private boolean usesDeprecated(
            TypeElement behavior, ProtocolTree tree, List<CheckedHandler> handlerInfos) {
        if (elements.isDeprecated(behavior) || elements.isDeprecated(tree.element())) {
            return true;
        }
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            if (elements.isDeprecated(leaf.element())) {
                return true;
            }
        }
        for (CheckedHandler info : handlerInfos) {
            if (elements.isDeprecated(info.method()) || elements.isDeprecated(info.messageType())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the type whose {@code @Priority} makes a message urgent: the message itself, else
     * the first group of the protocol, in protocol order, that the message belongs to; empty if
     * none is marked}
     *
     * @param message a leaf of the protocol
     * @param tree the protocol
     */
    private Optional<TypeElement> priorityOf(TypeElement message, ProtocolTree tree) {
        if (isPriority(message)) {
            return Optional.of(message);
        }
        return tree.groups().stream()
                .filter(this::isPriority)
                .filter(group -> types.isSubtype(message.asType(), group.asType()))
                .findFirst();
    }

    /** {@return whether a type is annotated {@code @Priority}} */
    private boolean isPriority(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(PRIORITY)) {
                return true;
            }
        }
        return false;
    }
}
