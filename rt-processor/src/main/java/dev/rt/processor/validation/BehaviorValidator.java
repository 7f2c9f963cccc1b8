package dev.rt.processor.validation;

import dev.rt.annotation.Overflow;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates an {@code @ActorBehavior} class: the entry point of the {@code validation} package for
 * behaviors. It only checks and reports; the model is built from what it accepted ({@link
 * CheckedBehavior}) by {@code dev.rt.processor.binding.BehaviorModels}.
 *
 * <p>It checks the class itself and the mailbox that its {@code @ActorBehavior} declares here,
 * then its protocol ({@link ProtocolValidator}) and its handlers ({@link HandlerValidator}). It
 * reports as many broken rules as it can find in one go, and stops early only where a broken rule
 * makes the next checks meaningless.
 */
public final class BehaviorValidator {
    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final ProtocolValidator protocols;
    private final HandlerValidator handlers;
    private final PendingHandles pending;

    /**
     * Creates a validator for one compilation.
     *
     * @param env the processing environment
     */
    public BehaviorValidator(ProcessingEnvironment env) {
        ValidationTools tools = ValidationTools.of(env);
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
        this.pending = new PendingHandles(env, tools);
        this.protocols = new ProtocolValidator(tools, pending);
        this.handlers = new HandlerValidator(tools, pending);
    }

    /**
     * Validates a behavior class.
     *
     * @param behavior a class annotated with {@code @ActorBehavior}
     * @return what it read and accepted; or the rules it breaks; or the name of a type it refers
     *     to that does not exist (yet)
     */
    public ValidationResult<CheckedBehavior> validate(TypeElement behavior) {
        try {
            return check(behavior);
        } catch (TypeResolution.UnresolvedTypeException e) {
            ValidationReport.Builder report = new ValidationReport.Builder(behavior);
            Optional<GeneratedTypes.Origin> origin = pending.origin(e.typeName, behavior);
            if (origin.isPresent()) {
                // Still missing in the last round: RT writes it only once this behavior, or the
                // class it comes from, is checked, which needs the type itself.
                String from = messageNames.name(origin.get().element());
                report.error(
                        Diagnostic.GENERATED_TYPE_CYCLE,
                        behavior,
                        messageNames.name(behavior),
                        e.typeName,
                        e.typeName,
                        origin.get().role().description(),
                        from,
                        from,
                        messageNames.name(behavior),
                        e.typeName,
                        from);
            } else {
                report.error(
                        Diagnostic.UNRESOLVED_TYPE,
                        behavior,
                        behavior.getQualifiedName(),
                        e.typeName);
            }
            return new ValidationResult.Unresolved<>(e.typeName, report.build());
        }
    }

    private ValidationResult<CheckedBehavior> check(TypeElement behavior) {
        ValidationReport.Builder report = new ValidationReport.Builder(behavior);
        if (!checkClass(behavior, report)) {
            return new ValidationResult.Invalid<>(report.build());
        }
        CheckedBehavior.Mailbox mailbox = mailbox(behavior, report);
        int stashCapacity = stashCapacity(behavior, report);
        Optional<TypeMirror> protocol = protocolOf(behavior, report);
        if (protocol.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        Optional<ProtocolTree> tree = protocols.validate(behavior, protocol.get(), report);
        if (tree.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        List<CheckedHandler> valid = handlers.validate(behavior, tree.get(), report);
        if (report.hasErrors()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        return new ValidationResult.Valid<>(
                new CheckedBehavior(
                        behavior,
                        tree.get(),
                        valid,
                        mailbox,
                        blocking(behavior),
                        factory(behavior).orElseThrow(),
                        stashCapacity),
                report.build());
    }

    /**
     * Checks the class itself.
     *
     * @return false if it is so wrong (not a class, no name, generic) that nothing else can be
     *     checked
     */
    private boolean checkClass(TypeElement behavior, ValidationReport.Builder report) {
        String name = messageNames.name(behavior);
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
        Optional<String> notStatic = access.notStatic(behavior);
        if (notStatic.isPresent()) {
            report.error(Diagnostic.NOT_STATIC, behavior, name, notStatic.get());
            return false;
        }
        if (!behavior.getTypeParameters().isEmpty()) {
            report.error(
                    Diagnostic.GENERIC_BEHAVIOR,
                    behavior,
                    name,
                    messageNames.typeParameters(behavior.getTypeParameters()));
            return false;
        }
        if (behavior.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(Diagnostic.ABSTRACT_BEHAVIOR, behavior, name);
        }
        for (Element e = behavior; e instanceof TypeElement type; e = e.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                String culprit = messageNames.name(type);
                report.error(Diagnostic.PRIVATE_BEHAVIOR, behavior, name, culprit, culprit);
                break;
            }
        }
        if (factory(behavior).isEmpty()) {
            report.error(Diagnostic.NO_CONSTRUCTOR, behavior, name, name, name, name);
        }
        return true;
    }

    /**
     * {@return how code outside the class creates the behavior, for the handle's javadoc: {@code
     * "new"} when it has a non-private constructor, else the name of a non-private static method
     * that returns the class (one without parameters first), or empty when there is neither}
     *
     * <p>The generated code never creates the behavior itself: the handle's {@code spawn} takes a
     * {@code Supplier}, {@code childSpec} a {@code ChildFactory}, and a supervisor calls the
     * user's {@code @Child} methods. So a private constructor is fine as long as the user's code
     * can create the behavior somehow, such as {@code Counter::create}.
     */
    private Optional<String> factory(TypeElement behavior) {
        boolean constructible =
                ElementFilter.constructorsIn(behavior.getEnclosedElements()).stream()
                        .anyMatch(c -> !c.getModifiers().contains(Modifier.PRIVATE));
        if (constructible) {
            return Optional.of("new");
        }
        return ElementFilter.methodsIn(behavior.getEnclosedElements()).stream()
                .filter(m -> m.getModifiers().contains(Modifier.STATIC))
                .filter(m -> !m.getModifiers().contains(Modifier.PRIVATE))
                .filter(m -> types.isSameType(m.getReturnType(), behavior.asType()))
                .sorted(java.util.Comparator.comparing(m -> !m.getParameters().isEmpty()))
                .map(m -> m.getSimpleName().toString())
                .findFirst();
    }

    /**
     * Reads the mailbox that {@code @ActorBehavior} declares, reporting the values out of range as
     * errors, and those that have no effect as warnings, on the value.
     *
     * @return the values as read; they matter only when no error is reported
     */
    private CheckedBehavior.Mailbox mailbox(
            TypeElement behavior, ValidationReport.Builder report) {
        AnnotationMirror annotation =
                annotations.annotation(behavior, GeneratedTypes.ACTOR_BEHAVIOR).orElseThrow();
        AnnotationValue capacity = annotations.value(annotation, "capacity");
        AnnotationValue overflow = annotations.value(annotation, "overflow");
        AnnotationValue blockTimeout = annotations.value(annotation, "blockTimeoutMillis");
        int capacityValue = (int) annotations.number(capacity);
        Overflow overflowValue = Overflow.valueOf(annotations.enumConstant(overflow));
        long blockTimeoutValue = annotations.number(blockTimeout);
        String name = messageNames.name(behavior);
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
        boolean overflowSet = annotations.isExplicit(annotation, "overflow");
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
                && annotations.overridesDefault(annotation, "blockTimeoutMillis")) {
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
        return new CheckedBehavior.Mailbox(capacityValue, overflowValue, blockTimeoutValue);
    }

    /** Reads {@code @ActorBehavior(stashCapacity)}, reporting a value below 1 on the value. */
    private int stashCapacity(TypeElement behavior, ValidationReport.Builder report) {
        AnnotationMirror annotation =
                annotations.annotation(behavior, GeneratedTypes.ACTOR_BEHAVIOR).orElseThrow();
        AnnotationValue value = annotations.value(annotation, "stashCapacity");
        int capacity = (int) annotations.number(value);
        if (capacity < 1) {
            report.errorOnValue(
                    Diagnostic.BAD_STASH_CAPACITY,
                    behavior,
                    annotation,
                    value,
                    capacity,
                    messageNames.name(behavior));
        }
        return capacity;
    }

    /** {@return {@code M} of the behavior's {@code Actor<M>}, or empty after reporting why not} */
    private Optional<TypeMirror> protocolOf(TypeElement behavior, ValidationReport.Builder report) {
        Optional<DeclaredType> actor =
                resolution.findSupertype(behavior.asType(), RuntimeTypes.ACTOR.canonicalName());
        if (actor.isEmpty()) {
            report.error(Diagnostic.NOT_AN_ACTOR, behavior, messageNames.name(behavior));
            return Optional.empty();
        }
        if (actor.get().getTypeArguments().isEmpty()) {
            report.error(Diagnostic.RAW_ACTOR, behavior, messageNames.name(behavior));
            return Optional.empty();
        }
        return Optional.of(resolution.resolved(actor.get().getTypeArguments().get(0)));
    }

    /** {@return whether {@code @ActorBehavior(blocking = true)}} */
    private boolean blocking(TypeElement behavior) {
        AnnotationMirror annotation =
                annotations.annotation(behavior, GeneratedTypes.ACTOR_BEHAVIOR).orElseThrow();
        return Boolean.TRUE.equals(annotations.value(annotation, "blocking").getValue());
    }
}
