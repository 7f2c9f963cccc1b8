package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.annotation.Overflow;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.model.BoundedMailbox;
import dev.rt.processor.model.Component;
import dev.rt.processor.model.Handler;
import dev.rt.processor.model.Message;
import dev.rt.processor.model.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Validates an {@code @ActorBehavior} class and builds its model: the entry point of the {@code
 * validation} package.
 *
 * <p>It checks the class itself and the mailbox that its {@code @ActorBehavior} declares here,
 * then its protocol ({@link ProtocolValidator}) and its handlers ({@link HandlerValidator}); which
 * messages are urgent ({@code @Priority}) it reads while building the model. It reports as many
 * broken rules as it can find in one go, and stops early only where a broken rule makes the next
 * checks meaningless.
 */
public final class BehaviorValidator {
    private final TypeSupport support;
    private final ProtocolValidator protocols;
    private final HandlerValidator handlers;

    /**
     * Creates a validator for one compilation.
     *
     * @param env the processing environment
     */
    public BehaviorValidator(ProcessingEnvironment env) {
        this.support = new TypeSupport(env.getTypeUtils(), env.getElementUtils());
        this.protocols = new ProtocolValidator(support);
        this.handlers = new HandlerValidator(support);
    }

    /**
     * Validates a behavior class.
     *
     * @param behavior a class annotated with {@code @ActorBehavior}
     * @return its model; or the rules it breaks; or the name of a type it refers to that does not
     *     exist (yet)
     */
    public ValidationResult<BehaviorModel> validate(TypeElement behavior) {
        try {
            return check(behavior);
        } catch (TypeSupport.UnresolvedTypeException e) {
            ValidationReport.Builder report = new ValidationReport.Builder(behavior);
            report.error(
                    Diagnostic.UNRESOLVED_TYPE, behavior, behavior.getQualifiedName(), e.typeName);
            return new ValidationResult.Unresolved<>(e.typeName, report.build());
        }
    }

    private ValidationResult<BehaviorModel> check(TypeElement behavior) {
        ValidationReport.Builder report = new ValidationReport.Builder(behavior);
        if (!checkClass(behavior, report)) {
            return new ValidationResult.Invalid<>(report.build());
        }
        Optional<BoundedMailbox> mailbox = mailbox(behavior, report);
        Optional<TypeMirror> protocol = protocolOf(behavior, report);
        if (protocol.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        Optional<ProtocolTree> tree = protocols.validate(behavior, protocol.get(), report);
        if (tree.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        List<HandlerValidator.HandlerInfo> valid = handlers.validate(behavior, tree.get(), report);
        if (report.hasErrors()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        return new ValidationResult.Valid<>(
                model(behavior, tree.get(), valid, mailbox), report.build());
    }

    /**
     * Checks the class itself.
     *
     * @return false if it is so wrong (not a class, no name, generic) that nothing else can be
     *     checked
     */
    private boolean checkClass(TypeElement behavior, ValidationReport.Builder report) {
        String name = support.name(behavior);
        String kind =
                switch (behavior.getKind()) {
                    case CLASS, RECORD -> null;
                    case INTERFACE -> "an interface";
                    case ENUM -> "an enum";
                    case ANNOTATION_TYPE -> "an annotation interface";
                    default -> "a " + behavior.getKind();
                };
        if (kind != null) {
            report.error(Diagnostic.NOT_A_CLASS, behavior, name, kind);
            return false;
        }
        Optional<String> notStatic = support.notStatic(behavior);
        if (notStatic.isPresent()) {
            report.error(Diagnostic.NOT_STATIC, behavior, name, notStatic.get());
            return false;
        }
        if (!behavior.getTypeParameters().isEmpty()) {
            report.error(
                    Diagnostic.GENERIC_BEHAVIOR,
                    behavior,
                    name,
                    support.typeParameters(behavior.getTypeParameters()));
            return false;
        }
        if (behavior.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(Diagnostic.ABSTRACT_BEHAVIOR, behavior, name);
        }
        for (Element e = behavior; e instanceof TypeElement type; e = e.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                String culprit = support.name(type);
                report.error(Diagnostic.PRIVATE_BEHAVIOR, behavior, name, culprit, culprit);
                break;
            }
        }
        boolean constructible =
                ElementFilter.constructorsIn(behavior.getEnclosedElements()).stream()
                        .anyMatch(c -> !c.getModifiers().contains(Modifier.PRIVATE));
        if (!constructible) {
            report.error(Diagnostic.NO_CONSTRUCTOR, behavior, name, name);
        }
        return true;
    }

    /**
     * Reads the mailbox that {@code @ActorBehavior} declares, reporting the values out of range as
     * errors, and those that have no effect as warnings, on the value.
     *
     * @return the bounded mailbox; empty for an unbounded one, or a capacity out of range
     */
    private Optional<BoundedMailbox> mailbox(
            TypeElement behavior, ValidationReport.Builder report) {
        AnnotationMirror annotation =
                support.annotation(behavior, GeneratedTypes.ACTOR_BEHAVIOR).orElseThrow();
        AnnotationValue capacity = support.value(annotation, "capacity");
        AnnotationValue overflow = support.value(annotation, "overflow");
        AnnotationValue blockTimeout = support.value(annotation, "blockTimeoutMillis");
        int capacityValue = (int) support.number(capacity);
        Overflow overflowValue = Overflow.valueOf(support.enumConstant(overflow));
        long blockTimeoutValue = support.number(blockTimeout);
        String name = support.name(behavior);
        if (capacityValue < 0) {
            report.errorOnValue(
                    Diagnostic.BAD_CAPACITY, behavior, annotation, capacity, capacityValue, name);
        }
        if (blockTimeoutValue < 0) {
            report.errorOnValue(
                    Diagnostic.BAD_BLOCK_TIMEOUT,
                    behavior,
                    annotation,
                    blockTimeout,
                    blockTimeoutValue,
                    name);
        }
        boolean overflowSet = support.isExplicit(annotation, "overflow");
        if (capacityValue == 0 && overflowSet) {
            report.warningOnValue(
                    Diagnostic.UNUSED_OVERFLOW,
                    behavior,
                    annotation,
                    overflow,
                    "Overflow." + overflowValue,
                    name);
        }
        if (capacityValue >= 0
                && blockTimeoutValue >= 0
                && (capacityValue == 0 || overflowValue != Overflow.BLOCK)
                && support.overridesDefault(annotation, "blockTimeoutMillis")) {
            report.warningOnValue(
                    Diagnostic.UNUSED_BLOCK_TIMEOUT,
                    behavior,
                    annotation,
                    blockTimeout,
                    blockTimeoutValue,
                    name,
                    capacityValue == 0
                            ? "the mailbox is unbounded (capacity = 0)"
                            : "overflow is Overflow."
                                    + overflowValue
                                    + (overflowSet ? "" : ", the default")
                                    + ", not Overflow.BLOCK");
        }
        return capacityValue > 0
                ? Optional.of(new BoundedMailbox(capacityValue, overflowValue, blockTimeoutValue))
                : Optional.empty();
    }

    /** {@return {@code M} of the behavior's {@code Actor<M>}, or empty after reporting why not} */
    private Optional<TypeMirror> protocolOf(TypeElement behavior, ValidationReport.Builder report) {
        Optional<DeclaredType> actor =
                support.findSupertype(behavior.asType(), RuntimeTypes.ACTOR.canonicalName());
        if (actor.isEmpty()) {
            report.error(Diagnostic.NOT_AN_ACTOR, behavior, support.name(behavior));
            return Optional.empty();
        }
        if (actor.get().getTypeArguments().isEmpty()) {
            report.error(Diagnostic.RAW_ACTOR, behavior, support.name(behavior));
            return Optional.empty();
        }
        return Optional.of(support.resolved(actor.get().getTypeArguments().get(0)));
    }

    private BehaviorModel model(
            TypeElement behavior,
            ProtocolTree tree,
            List<HandlerValidator.HandlerInfo> handlerInfos,
            Optional<BoundedMailbox> mailbox) {
        ClassName behaviorName = ClassName.get(behavior);

        Map<TypeElement, MethodRef> handlerOf = new HashMap<>();
        List<Handler> handlerModels = new ArrayList<>();
        for (HandlerValidator.HandlerInfo info : handlerInfos) {
            ExecutableElement method = info.method();
            List<TypeName> parameters = new ArrayList<>();
            // As declared, for javadoc to find an inherited method such as Base<T>.on(T).
            for (VariableElement parameter : method.getParameters()) {
                parameters.add(TypeName.get(support.types.erasure(parameter.asType())));
            }
            MethodRef ref = new MethodRef(behaviorName, method.getSimpleName().toString(), parameters);
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
                            info.takesContext(),
                            info.reply(),
                            covered));
        }

        List<Message> messages = new ArrayList<>();
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            TypeElement element = leaf.element();
            boolean isRecord = element.getKind() == ElementKind.RECORD;
            List<Component> components = new ArrayList<>();
            if (isRecord) {
                for (RecordComponentElement component : element.getRecordComponents()) {
                    components.add(
                            new Component(
                                    component.getSimpleName().toString(),
                                    TypeName.get(component.asType())));
                }
            }
            messages.add(
                    new Message(
                            ClassName.get(element),
                            leaf.methodName(),
                            isRecord ? Message.Shape.RECORD : Message.Shape.INSTANCE,
                            components,
                            leaf.reply().map(TypeName::get),
                            handlerOf.get(element),
                            priorityOf(element, tree).map(ClassName::get)));
        }

        return new BehaviorModel(
                behaviorName,
                ClassName.get(tree.element()),
                Names.handle(behavior),
                Names.descriptor(behavior),
                behavior.getModifiers().contains(Modifier.PUBLIC),
                support.canUseGenerated(behavior),
                messages,
                handlerModels,
                mailbox,
                blocking(behavior),
                usesDeprecated(behavior, tree, handlerInfos),
                support.shadowedJavaLang(behavior));
    }

    /** {@return whether the generated code names anything deprecated} */
    private boolean usesDeprecated(TypeElement behavior, ProtocolTree tree,
            List<HandlerValidator.HandlerInfo> handlerInfos) {
        if (support.elements.isDeprecated(behavior)
                || support.elements.isDeprecated(tree.element())) {
            return true;
        }
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            if (support.elements.isDeprecated(leaf.element())) {
                return true;
            }
        }
        for (HandlerValidator.HandlerInfo info : handlerInfos) {
            if (support.elements.isDeprecated(info.method())
                    || support.elements.isDeprecated(info.messageType())) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code @ActorBehavior(blocking = true)}} */
    private boolean blocking(TypeElement behavior) {
        AnnotationMirror annotation =
                support.annotation(behavior, GeneratedTypes.ACTOR_BEHAVIOR).orElseThrow();
        return Boolean.TRUE.equals(support.value(annotation, "blocking").getValue());
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
        if (support.isAnnotated(message, PriorityValidator.PRIORITY)) {
            return Optional.of(message);
        }
        return tree.groups().stream()
                .filter(group -> support.isAnnotated(group, PriorityValidator.PRIORITY))
                .filter(group -> support.types.isSubtype(message.asType(), group.asType()))
                .findFirst();
    }
}
