package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.processor.Diagnostic;
import dev.rt.processor.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the handlers of a behavior and checks them: their access, their parameters, their return
 * types against the messages they handle, and that every message has exactly one.
 *
 * <p>A handler is any method of the behavior that is not private, declared or inherited (but not
 * from {@code Object}), whose first parameter is the protocol or one of its subtypes: a message or
 * a sealed group of messages. A private method is a helper, never a handler, whatever it takes: it
 * may replay a stashed message, for example. A method that looks like a handler but cannot be one,
 * such as a static one, is an error rather than something to skip, so that no message is silently
 * left without its handler; and a message whose only candidate is private is reported with that
 * method, so that a handler made private by mistake is named.
 *
 * <p>After the message, a handler may take the actor's context, {@code ActorContext<M>}, and the
 * behavior's own handle, each once and in either order. The handle may not exist yet: it is
 * generated from this very behavior ({@link PendingHandles}).
 */
final class HandlerValidator {
    private static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";

    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final TypeMirror exception;
    private final TypeMirror error;
    private final TypeMirror object;
    private final PendingHandles pending;

    HandlerValidator(ValidationTools tools, PendingHandles pending) {
        this.pending = pending;
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
        this.exception = elements.getTypeElement("java.lang.Exception").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
        this.object = elements.getTypeElement("java.lang.Object").asType();
    }

    /**
     * Validates the handlers of a behavior.
     *
     * @param behavior the behavior class
     * @param tree its protocol
     * @param report where broken rules go
     * @return the valid handlers, in declaration order: the behavior's own, then inherited ones
     */
    List<CheckedHandler> validate(
            TypeElement behavior, ProtocolTree tree, ValidationReport.Builder report) {
        List<CheckedHandler> valid = new ArrayList<>();
        Map<ProtocolTree.Leaf, ExecutableElement> handlerOf = new LinkedHashMap<>();
        Map<ProtocolTree.Leaf, ExecutableElement> privateHelperOf = new LinkedHashMap<>();
        for (ExecutableElement method : methods(behavior)) {
            ExecutableType type = resolution.memberType(method, behavior);
            List<? extends TypeMirror> parameters = type.getParameterTypes();
            if (parameters.isEmpty()
                    || pending.containsPending(parameters.get(0), method)
                    || !types.isSubtype(resolution.resolved(parameters.get(0)), tree.type())) {
                // Takes no message first; a handle that does not exist yet is no message either.
                continue;
            }
            if (method.getModifiers().contains(Modifier.STATIC)
                    && !method.getEnclosingElement().equals(behavior)) {
                // Inherited from a superclass, and not a member of the instance: not a handler.
                continue;
            }
            TypeElement messageType =
                    (TypeElement) types.asElement(types.erasure(parameters.get(0)));
            List<ProtocolTree.Leaf> covered = new ArrayList<>();
            for (ProtocolTree.Leaf leaf : tree.leaves()) {
                if (types.isSubtype(leaf.element().asType(), messageType.asType())) {
                    covered.add(leaf);
                }
            }
            if (method.getModifiers().contains(Modifier.PRIVATE)) {
                // A helper, never a handler; remembered to name it if a message has no handler.
                covered.forEach(leaf -> privateHelperOf.putIfAbsent(leaf, method));
                continue;
            }
            parameters.forEach(parameter -> resolvedOrPending(parameter, method));
            resolvedOrPending(type.getReturnType(), method);
            type.getThrownTypes().forEach(resolution::resolved);
            checkCoverage(behavior, method, covered, handlerOf, report);
            Optional<CheckedHandler> handler =
                    check(behavior, tree, method, type, messageType, covered, report);
            handler.ifPresent(valid::add);
        }
        reportMissing(behavior, tree, handlerOf, privateHelperOf, report);
        return valid;
    }

    private void resolvedOrPending(TypeMirror type, ExecutableElement method) {
        resolution.resolvedOrPending(type, error -> pending.origin(error, method).isPresent());
    }

    /**
     * Reports the messages without a handler: those whose only candidate is a private method, one
     * error on that method each; the others in one error on the behavior.
     */
    private void reportMissing(
            TypeElement behavior,
            ProtocolTree tree,
            Map<ProtocolTree.Leaf, ExecutableElement> handlerOf,
            Map<ProtocolTree.Leaf, ExecutableElement> privateHelperOf,
            ValidationReport.Builder report) {
        List<ProtocolTree.Leaf> missing = new ArrayList<>();
        Map<ExecutableElement, List<String>> privateOnly = new LinkedHashMap<>();
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            if (handlerOf.containsKey(leaf)) {
                continue;
            }
            ExecutableElement helper = privateHelperOf.get(leaf);
            if (helper != null) {
                privateOnly
                        .computeIfAbsent(helper, h -> new ArrayList<>())
                        .add(messageNames.name(leaf.element()));
            } else {
                missing.add(leaf);
            }
        }
        privateOnly.forEach(
                (helper, leaves) ->
                        report.error(
                                Diagnostic.PRIVATE_HANDLER,
                                helper,
                                messageNames.name(behavior),
                                MessageNames.join(leaves),
                                messageNames.name(helper, behavior),
                                helper.getSimpleName()));
        if (missing.isEmpty()) {
            return;
        }
        ProtocolTree.Leaf first = missing.get(0);
        String example =
                first.reply().map(messageNames::name).orElse("void")
                        + " on("
                        + messageNames.name(first.element())
                        + " m)";
        report.error(
                Diagnostic.MISSING_HANDLERS,
                behavior,
                messageNames.name(behavior),
                MessageNames.join(
                        missing.stream().map(leaf -> messageNames.name(leaf.element())).toList()),
                example);
    }

    /**
     * The methods of a class, the inherited ones included, in declaration order: the class's own,
     * then its superclasses', then its interfaces'. A method overridden by one already listed, and
     * the methods of {@code Object}, are left out.
     */
    private List<ExecutableElement> methods(TypeElement behavior) {
        List<ExecutableElement> methods = new ArrayList<>();
        collect(behavior, behavior, methods, new HashSet<>());
        return methods;
    }

    private void collect(
            TypeElement type,
            TypeElement behavior,
            List<ExecutableElement> methods,
            Set<TypeElement> seen) {
        if (!seen.add(type) || type.getQualifiedName().contentEquals("java.lang.Object")) {
            return;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            boolean inherited = !type.equals(behavior);
            if (inherited && method.getModifiers().contains(Modifier.PRIVATE)) {
                // Not a member of the behavior at all.
                continue;
            }
            if (inherited && overridden(method, methods, behavior)) {
                continue;
            }
            methods.add(method);
        }
        TypeMirror superclass = resolution.resolved(type.getSuperclass());
        if (superclass.getKind() == TypeKind.DECLARED) {
            collect((TypeElement) ((DeclaredType) superclass).asElement(), behavior, methods, seen);
        }
        for (TypeMirror superinterface : type.getInterfaces()) {
            collect(
                    (TypeElement) ((DeclaredType) resolution.resolved(superinterface)).asElement(),
                    behavior,
                    methods,
                    seen);
        }
    }

    private boolean overridden(
            ExecutableElement method, List<ExecutableElement> methods, TypeElement behavior) {
        for (ExecutableElement other : methods) {
            if (other.getSimpleName().equals(method.getSimpleName())
                    && elements.overrides(other, method, behavior)) {
                return true;
            }
        }
        return false;
    }

    /** Every message is handled once: reports the handler that handles a message a second time. */
    private void checkCoverage(
            TypeElement behavior,
            ExecutableElement method,
            List<ProtocolTree.Leaf> covered,
            Map<ProtocolTree.Leaf, ExecutableElement> handlerOf,
            ValidationReport.Builder report) {
        Map<ExecutableElement, List<String>> twice = new LinkedHashMap<>();
        for (ProtocolTree.Leaf leaf : covered) {
            ExecutableElement first = handlerOf.putIfAbsent(leaf, method);
            if (first != null) {
                twice.computeIfAbsent(first, f -> new ArrayList<>())
                        .add(messageNames.name(leaf.element()));
            }
        }
        twice.forEach(
                (first, leaves) ->
                        report.error(
                                Diagnostic.DUPLICATE_HANDLER,
                                method,
                                MessageNames.join(leaves),
                                leaves.size() == 1 ? "is" : "are",
                                messageNames.name(first, behavior),
                                messageNames.name(method, behavior)));
    }

    /** Checks one handler's modifiers, parameters and return type. */
    private Optional<CheckedHandler> check(
            TypeElement behavior,
            ProtocolTree tree,
            ExecutableElement method,
            ExecutableType type,
            TypeElement messageType,
            List<ProtocolTree.Leaf> covered,
            ValidationReport.Builder report) {
        String name = messageNames.name(method, behavior);
        Set<Modifier> modifiers = method.getModifiers();
        TypeElement declaredIn = (TypeElement) method.getEnclosingElement();
        if (modifiers.contains(Modifier.STATIC)) {
            report.error(Diagnostic.STATIC_HANDLER, method, name);
            return Optional.empty();
        }
        String pkg = access.packageOf(behavior);
        if (!modifiers.contains(Modifier.PUBLIC) && !access.packageOf(declaredIn).equals(pkg)) {
            report.error(
                    Diagnostic.INACCESSIBLE_HANDLER,
                    method,
                    name,
                    (modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private")
                            + " in package '"
                            + access.packageOf(declaredIn)
                            + "'",
                    pkg,
                    messageNames.name(behavior));
            return Optional.empty();
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.error(
                    Diagnostic.GENERIC_HANDLER,
                    method,
                    name,
                    messageNames.typeParameters(method.getTypeParameters()));
            return Optional.empty();
        }
        int errors = report.errors();
        List<? extends TypeMirror> parameters = type.getParameterTypes();
        String context = RuntimeTypes.ACTOR_CONTEXT.simpleName() + "<" + messageNames.name(tree.type()) + ">";
        String self = Names.handle(behavior).simpleName();
        List<CheckedHandler.Argument> arguments = new ArrayList<>();
        for (int i = 1; i < parameters.size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            Optional<CheckedHandler.Argument> argument =
                    argument(parameters.get(i), parameter, behavior, tree.type());
            if (argument.isEmpty() || arguments.contains(argument.get())) {
                if (argument.isEmpty() && i < 3) {
                    report.error(
                            Diagnostic.BAD_SECOND_PARAMETER,
                            parameter,
                            i == 1 ? "second" : "third",
                            name,
                            messageNames.name(parameters.get(i)),
                            context,
                            self);
                } else {
                    report.error(
                            Diagnostic.TOO_MANY_PARAMETERS,
                            parameter,
                            name,
                            parameters.size(),
                            context,
                            self,
                            parameter.getSimpleName());
                }
                break;
            }
            arguments.add(argument.get());
        }
        for (TypeMirror thrown : type.getThrownTypes()) {
            if (!types.isSubtype(thrown, exception)
                    && !types.isSubtype(thrown, error)) {
                report.error(Diagnostic.THROWS_THROWABLE, method, name, messageNames.name(thrown));
            }
        }
        Optional<CheckedHandler.Returns> reply =
                reply(method, name, type.getReturnType(), covered, report);
        if (reply.isEmpty() || report.errors() > errors) {
            return Optional.empty();
        }
        List<TypeName> parameterNames = new ArrayList<>();
        // As declared, for javadoc to find an inherited method such as Base<T>.on(T).
        for (VariableElement parameter : method.getParameters()) {
            parameterNames.add(pending.typeName(types.erasure(parameter.asType()), method));
        }
        return Optional.of(
                new CheckedHandler(
                        method, type, messageType, arguments, parameterNames, reply.get(), covered));
    }

    /** What a parameter after the message is: the context, the own handle, or neither. */
    private Optional<CheckedHandler.Argument> argument(
            TypeMirror type, VariableElement parameter, TypeElement behavior, DeclaredType protocol) {
        if (isContext(type, protocol)) {
            return Optional.of(CheckedHandler.Argument.CONTEXT);
        }
        ClassName self = Names.handle(behavior);
        boolean isSelf =
                pending.origin(type, parameter)
                        .map(origin -> origin.generated().equals(self))
                        .orElseGet(
                                () ->
                                        type.getKind() == TypeKind.DECLARED
                                                && ((TypeElement) ((DeclaredType) type).asElement())
                                                        .getQualifiedName()
                                                        .contentEquals(self.canonicalName()));
        return isSelf ? Optional.of(CheckedHandler.Argument.SELF) : Optional.empty();
    }

    private boolean isContext(TypeMirror type, DeclaredType protocol) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        return ((TypeElement) declared.asElement())
                        .getQualifiedName()
                        .contentEquals(RuntimeTypes.ACTOR_CONTEXT.canonicalName())
                && declared.getTypeArguments().size() == 1
                && types.isSameType(declared.getTypeArguments().get(0), protocol);
    }

    /**
     * Checks a handler's return type against the messages it handles: void for messages that are
     * not requests; for requests, a value assignable to every reply type {@code R}, or a {@code
     * CompletionStage} whose value is. A stage is read as a reply later whenever its value fits,
     * and as the reply itself otherwise (when {@code R} is a stage).
     */
    private Optional<CheckedHandler.Returns> reply(
            ExecutableElement method,
            String name,
            TypeMirror returned,
            List<ProtocolTree.Leaf> covered,
            ValidationReport.Builder report) {
        List<String> tells = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        List<TypeMirror> replies = new ArrayList<>();
        List<ProtocolTree.Leaf> replyLeaves = new ArrayList<>();
        for (ProtocolTree.Leaf leaf : covered) {
            if (leaf.reply().isEmpty()) {
                tells.add(messageNames.name(leaf.element()));
                continue;
            }
            requests.add(messageNames.name(leaf.element()));
            TypeMirror reply = leaf.reply().get();
            if (replyLeaves.stream()
                    .noneMatch(
                            other ->
                                    other.replyName().equals(leaf.replyName())
                                            || types.isSameType(other.reply().get(), reply))) {
                replies.add(reply);
                replyLeaves.add(leaf);
            }
        }
        boolean isVoid = returned.getKind() == TypeKind.VOID;
        if (requests.isEmpty()) {
            if (isVoid) {
                return Optional.of(CheckedHandler.Returns.VOID);
            }
            String boxed =
                    returned.getKind().isPrimitive()
                            ? types
                                    .boxedClass((PrimitiveType) returned)
                                    .getSimpleName()
                                    .toString()
                            : messageNames.name(returned);
            report.error(
                    Diagnostic.TELL_HANDLER_RETURNS_VALUE,
                    method,
                    name,
                    messageNames.name(returned),
                    tells.size() == 1
                            ? tells.get(0) + " is not a request"
                            : MessageNames.join(tells) + " are not requests",
                    boxed);
            return Optional.empty();
        }
        if (!tells.isEmpty()) {
            report.error(
                    Diagnostic.MIXED_GROUP_HANDLER,
                    method,
                    name,
                    MessageNames.join(tells),
                    MessageNames.join(requests));
            return Optional.empty();
        }
        List<String> replyWords = replies.stream().map(messageNames::name).toList();
        String firstReply = replyWords.get(0);
        if (isVoid) {
            report.error(
                    Diagnostic.VOID_REQUEST_HANDLER,
                    method,
                    name,
                    MessageNames.join(requests),
                    MessageNames.join(replyWords),
                    firstReply);
            return Optional.empty();
        }
        Optional<TypeMirror> later = stageValue(returned, method);
        if (later.isPresent() && assignableToAll(later.get(), replyLeaves, method)) {
            return Optional.of(CheckedHandler.Returns.STAGE);
        }
        if (assignableToAll(returned, replyLeaves, method)) {
            return Optional.of(CheckedHandler.Returns.VALUE);
        }
        report.error(
                Diagnostic.WRONG_REPLY_TYPE,
                method,
                name,
                messageNames.name(returned),
                MessageNames.join(requests),
                MessageNames.join(replyWords),
                firstReply,
                firstReply);
        return Optional.empty();
    }

    /**
     * Whether a returned type fits every reply type. A handle that does not exist yet fits only
     * itself: its name is all there is to compare ({@link PendingHandles}).
     */
    private boolean assignableToAll(
            TypeMirror type, List<ProtocolTree.Leaf> replyLeaves, ExecutableElement method) {
        boolean typePending = pending.containsPending(type, method);
        for (ProtocolTree.Leaf leaf : replyLeaves) {
            TypeMirror reply = leaf.reply().orElseThrow();
            boolean fits =
                    typePending || pending.containsPending(reply, leaf.element())
                            ? pending.typeName(type, method).equals(leaf.replyName().orElseThrow())
                            : types.isAssignable(type, reply);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** {@code X} if the type is a {@code CompletionStage<X>}, or a subtype of one. */
    private Optional<TypeMirror> stageValue(TypeMirror type, ExecutableElement method) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        return resolution.findSupertype(
                        type,
                        COMPLETION_STAGE,
                        error -> pending.origin(error, method).isPresent())
                .filter(stage -> stage.getTypeArguments().size() == 1)
                .map(stage -> stage.getTypeArguments().get(0))
                .map(
                        value -> {
                            if (value.getKind() != TypeKind.WILDCARD) {
                                return value;
                            }
                            TypeMirror bound = ((WildcardType) value).getExtendsBound();
                            return bound != null ? bound : object;
                        });
    }
}
