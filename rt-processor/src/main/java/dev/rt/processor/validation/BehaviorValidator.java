package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import dev.rt.processor.model.BehaviorModel;
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
 * <p>It checks the class itself here, then its protocol ({@link ProtocolValidator}) and its
 * handlers ({@link HandlerValidator}). It reports as many broken rules as it can find in one go,
 * and stops early only where a broken rule makes the next checks meaningless.
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
        Optional<TypeMirror> protocol = protocolOf(behavior, report);
        if (protocol.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        Optional<ProtocolTree> tree = protocols.validate(behavior, protocol.get(), report);
        if (tree.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        List<HandlerValidator.HandlerInfo> valid = handlers.validate(behavior, tree.get(), report);
        if (!report.isEmpty()) {
            return new ValidationResult.Invalid<>(report.build());
        }
        return new ValidationResult.Valid<>(model(behavior, tree.get(), valid));
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
            List<HandlerValidator.HandlerInfo> handlerInfos) {
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
                            handlerOf.get(element)));
        }

        return new BehaviorModel(
                behaviorName,
                ClassName.get(tree.element()),
                Names.handle(behavior),
                Names.dispatcher(behavior),
                behavior.getModifiers().contains(Modifier.PUBLIC),
                support.canUseGenerated(behavior),
                messages,
                handlerModels);
    }
}
