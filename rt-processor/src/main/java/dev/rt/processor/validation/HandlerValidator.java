package dev.rt.processor.validation;

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
 * <p>A handler is any method of the behavior, declared or inherited (but not from {@code
 * Object}), whose first parameter is the protocol or one of its subtypes: a message or a sealed
 * group of messages. A method that looks like a handler but cannot be one, such as a private or
 * static one, is an error rather than something to skip, so that no message is silently left
 * without its handler.
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

    HandlerValidator(ValidationTools tools) {
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
        for (ExecutableElement method : methods(behavior)) {
            ExecutableType type = resolution.memberType(method, behavior);
            List<? extends TypeMirror> parameters = type.getParameterTypes();
            if (parameters.isEmpty()
                    || !types.isSubtype(resolution.resolved(parameters.get(0)), tree.type())) {
                continue;
            }
            if (method.getModifiers().contains(Modifier.STATIC)
                    && !method.getEnclosingElement().equals(behavior)) {
                // Inherited from a superclass, and not a member of the instance: not a handler.
                continue;
            }
            parameters.forEach(resolution::resolved);
            resolution.resolved(type.getReturnType());
            type.getThrownTypes().forEach(resolution::resolved);
            TypeElement messageType =
                    (TypeElement) types.asElement(types.erasure(parameters.get(0)));
            List<ProtocolTree.Leaf> covered = new ArrayList<>();
            for (ProtocolTree.Leaf leaf : tree.leaves()) {
                if (types.isSubtype(leaf.element().asType(), messageType.asType())) {
                    covered.add(leaf);
                }
            }
            checkCoverage(behavior, method, covered, handlerOf, report);
            Optional<CheckedHandler> handler =
                    check(behavior, tree, method, type, messageType, covered, report);
            handler.ifPresent(valid::add);
        }
        List<String> missing = new ArrayList<>();
        for (ProtocolTree.Leaf leaf : tree.leaves()) {
            if (!handlerOf.containsKey(leaf)) {
                missing.add(messageNames.name(leaf.element()));
            }
        }
        if (!missing.isEmpty()) {
            ProtocolTree.Leaf first =
                    tree.leaves().stream()
                            .filter(leaf -> !handlerOf.containsKey(leaf))
                            .findFirst()
                            .orElseThrow();
            String example =
                    first.reply().map(messageNames::name).orElse("void")
                            + " on("
                            + messageNames.name(first.element())
                            + " m)";
            report.error(
                    Diagnostic.MISSING_HANDLERS,
                    behavior,
                    messageNames.name(behavior),
                    MessageNames.join(missing),
                    example);
        }
        return valid;
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
        if (modifiers.contains(Modifier.PRIVATE)) {
            report.error(Diagnostic.PRIVATE_HANDLER, method, name);
            return Optional.empty();
        }
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
        if (parameters.size() > 2) {
            report.error(
                    Diagnostic.TOO_MANY_PARAMETERS,
                    method.getParameters().get(2),
                    name,
                    parameters.size(),
                    context,
                    method.getParameters().get(2).getSimpleName());
        } else if (parameters.size() == 2 && !isContext(parameters.get(1), tree.type())) {
            report.error(
                    Diagnostic.BAD_SECOND_PARAMETER,
                    method.getParameters().get(1),
                    name,
                    messageNames.name(parameters.get(1)),
                    context);
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
        return Optional.of(
                new CheckedHandler(
                        method, type, messageType, parameters.size() == 2, reply.get(), covered));
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
        for (ProtocolTree.Leaf leaf : covered) {
            if (leaf.reply().isEmpty()) {
                tells.add(messageNames.name(leaf.element()));
                continue;
            }
            requests.add(messageNames.name(leaf.element()));
            TypeMirror reply = leaf.reply().get();
            if (replies.stream().noneMatch(r -> types.isSameType(r, reply))) {
                replies.add(reply);
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
        List<String> replyNames = replies.stream().map(messageNames::name).toList();
        String firstReply = replyNames.get(0);
        if (isVoid) {
            report.error(
                    Diagnostic.VOID_REQUEST_HANDLER,
                    method,
                    name,
                    MessageNames.join(requests),
                    MessageNames.join(replyNames),
                    firstReply);
            return Optional.empty();
        }
        Optional<TypeMirror> later = stageValue(returned);
        if (later.isPresent() && assignableToAll(later.get(), replies)) {
            return Optional.of(CheckedHandler.Returns.STAGE);
        }
        if (assignableToAll(returned, replies)) {
            return Optional.of(CheckedHandler.Returns.VALUE);
        }
        report.error(
                Diagnostic.WRONG_REPLY_TYPE,
                method,
                name,
                messageNames.name(returned),
                MessageNames.join(requests),
                MessageNames.join(replyNames),
                firstReply,
                firstReply);
        return Optional.empty();
    }

    private boolean assignableToAll(TypeMirror type, List<TypeMirror> replies) {
        return replies.stream().allMatch(reply -> types.isAssignable(type, reply));
    }

    /** {@code X} if the type is a {@code CompletionStage<X>}, or a subtype of one. */
    private Optional<TypeMirror> stageValue(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        return resolution.findSupertype(type, COMPLETION_STAGE)
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
