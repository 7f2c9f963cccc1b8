package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.rt.processor.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves the parameters of a static child's {@code @Child} method to its siblings, and checks
 * that each is a sibling that starts before the child.
 *
 * <p>A parameter's type is the handle of a sibling worker, or the generated supervisor of a
 * sibling supervisor. The sibling is the one earlier child of that type; if there are several,
 * the one whose id is the parameter's name. A sibling declared later is an error: when it leads
 * back to the child through the siblings' own parameters, the children form a cycle that no order
 * can start, and the error says so, once per cycle, rather than advising a move that the cycle
 * undoes.
 */
final class SiblingValidator {
    private final Types types;
    private final Elements elements;
    private final TypeResolution resolution;
    private final MessageNames messageNames;
    private final GeneratedTypes generated;

    SiblingValidator(ValidationTools tools, GeneratedTypes generated) {
        this.types = tools.types();
        this.elements = tools.elements();
        this.resolution = tools.resolution();
        this.messageNames = tools.messageNames();
        this.generated = generated;
    }

    /**
     * Resolves the parameters of one child.
     *
     * @param tree the {@code @Supervisor} class
     * @param children all its children, in declaration order
     * @param index the position of the child in {@code children}
     * @param report where broken rules go
     * @param pending where types that do not exist yet go
     * @return the siblings it takes, one per parameter that is valid, in order
     */
    List<CheckedChild> dependencies(
            TypeElement tree,
            List<CheckedChild> children,
            int index,
            ValidationReport.Builder report,
            PendingTypes pending) {
        CheckedChild child = children.get(index);
        List<? extends VariableElement> parameters = child.method().getParameters();
        if (child.isSupervisor() && !parameters.isEmpty()) {
            report.error(
                    Diagnostic.NESTED_SUPERVISOR_DEPENDENCIES,
                    parameters.get(0),
                    child.name(),
                    parameters.get(0).getSimpleName());
            return List.of();
        }
        List<CheckedChild> dependencies = new ArrayList<>();
        for (VariableElement parameter : parameters) {
            TypeMirror type = parameter.asType();
            if (resolution.isUnresolved(type)) {
                pending.unresolved(
                        type,
                        parameter,
                        "parameter '" + parameter.getSimpleName() + "' of " + child.who());
                continue;
            }
            sibling(tree, children, index, parameter, type, report).ifPresent(dependencies::add);
        }
        return dependencies;
    }

    /** The sibling that a parameter names, or empty after reporting why there is none. */
    private Optional<CheckedChild> sibling(
            TypeElement tree,
            List<CheckedChild> children,
            int index,
            VariableElement parameter,
            TypeMirror type,
            ValidationReport.Builder report) {
        CheckedChild child = children.get(index);
        String parameterName = parameter.getSimpleName().toString();
        Optional<TypeElement> element =
                type.getKind() == TypeKind.DECLARED
                                && ((DeclaredType) type).getTypeArguments().isEmpty()
                        ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
                        : Optional.empty();
        Optional<ClassName> name = element.map(ClassName::get);
        List<CheckedChild> matches = new ArrayList<>();
        for (CheckedChild other : children) {
            if (other.type().isPresent()
                    && name.isPresent()
                    && other.type().get().generated().equals(name.get())) {
                matches.add(other);
            }
        }
        List<CheckedChild> earlier =
                matches.stream().filter(other -> children.indexOf(other) < index).toList();
        if (earlier.size() == 1) {
            return Optional.of(earlier.get(0));
        }
        if (earlier.size() > 1) {
            Optional<CheckedChild> named =
                    earlier.stream().filter(other -> other.id().equals(parameterName)).findFirst();
            if (named.isEmpty()) {
                List<String> ids = earlier.stream().map(CheckedChild::id).toList();
                report.error(
                        Diagnostic.AMBIGUOUS_SIBLING,
                        parameter,
                        parameterName,
                        child.name(),
                        earlier.get(0).type().orElseThrow().role().description(),
                        MessageNames.join(ids.stream().map(id -> "'" + id + "'").toList()),
                        String.join(" or ", ids));
            }
            return named;
        }
        if (!matches.isEmpty()) {
            CheckedChild later = matches.get(0);
            if (later == child) {
                report.error(
                        Diagnostic.SIBLING_NOT_EARLIER,
                        parameter,
                        child.id(),
                        "itself",
                        parameterName,
                        "a child cannot depend on itself",
                        "remove the parameter (an actor reaches itself through"
                                + " ActorContext.self())");
            } else if (cycle(children, index, later).isPresent()) {
                List<CheckedChild> cycle = cycle(children, index, later).get();
                // One error per cycle, on the child of the cycle declared first.
                if (cycle.stream().allMatch(other -> children.indexOf(other) >= index)) {
                    List<String> ids = new ArrayList<>();
                    cycle.forEach(member -> ids.add(member.id()));
                    ids.add(child.id());
                    report.error(
                            Diagnostic.SIBLING_CYCLE,
                            parameter,
                            child.id(),
                            later.id(),
                            parameterName,
                            String.join(" -> ", ids),
                            parameterName,
                            child.name(),
                            child.id(),
                            later.id());
                }
            } else {
                report.error(
                        Diagnostic.SIBLING_NOT_EARLIER,
                        parameter,
                        child.id(),
                        later.who(),
                        parameterName,
                        "'" + later.id() + "' is declared after '" + child.id()
                                + "', and children start in declaration order",
                        "move @Child method " + child.name() + " after " + later.name());
            }
            return Optional.empty();
        }
        Optional<GeneratedTypes.Origin> origin = element.flatMap(generated::originOf);
        if (origin.isPresent()) {
            TypeElement from = origin.get().element();
            report.error(
                    Diagnostic.NO_SUCH_SIBLING,
                    parameter,
                    parameterName,
                    child.name(),
                    origin.get().role().description(),
                    messageNames.name(from),
                    messageNames.name(tree),
                    messageNames.name(from),
                    messageNames.name(from),
                    child.name());
            return Optional.empty();
        }
        report.error(
                Diagnostic.NOT_A_SIBLING_HANDLE,
                parameter,
                parameterName,
                child.name(),
                messageNames.name(type),
                notAHandleFix(element));
        return Optional.empty();
    }

    /**
     * {@return the shortest cycle through the child at {@code index} and {@code next}, which one of
     * its parameters names, in order from the child, or empty if {@code next} does not lead back
     * to it}
     */
    private Optional<List<CheckedChild>> cycle(
            List<CheckedChild> children, int index, CheckedChild next) {
        CheckedChild child = children.get(index);
        Map<CheckedChild, CheckedChild> from = new HashMap<>();
        ArrayDeque<CheckedChild> queue = new ArrayDeque<>(List.of(next));
        from.put(next, next);
        while (!queue.isEmpty()) {
            CheckedChild current = queue.removeFirst();
            for (CheckedChild target : targets(children, current)) {
                if (target == child) {
                    List<CheckedChild> path = new ArrayList<>();
                    for (CheckedChild c = current; c != next; c = from.get(c)) {
                        path.add(0, c);
                    }
                    path.add(0, next);
                    path.add(0, child);
                    return Optional.of(path);
                }
                if (!from.containsKey(target)) {
                    from.put(target, current);
                    queue.addLast(target);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the siblings that a child's parameters name, as {@link #sibling} resolves them but
     * reporting nothing: the one earlier sibling of a parameter's type, or the one its name picks
     * among several, or else the first later one}
     */
    private List<CheckedChild> targets(List<CheckedChild> children, CheckedChild child) {
        if (child.isSupervisor()) {
            return List.of();
        }
        int index = children.indexOf(child);
        List<CheckedChild> targets = new ArrayList<>();
        for (VariableElement parameter : child.method().getParameters()) {
            TypeMirror type = parameter.asType();
            if (type.getKind() != TypeKind.DECLARED
                    || !((DeclaredType) type).getTypeArguments().isEmpty()) {
                continue;
            }
            ClassName name = ClassName.get((TypeElement) ((DeclaredType) type).asElement());
            List<CheckedChild> matches =
                    children.stream()
                            .filter(other -> other.type().isPresent()
                                    && other.type().get().generated().equals(name))
                            .toList();
            List<CheckedChild> earlier =
                    matches.stream().filter(other -> children.indexOf(other) < index).toList();
            String parameterName = parameter.getSimpleName().toString();
            if (earlier.size() == 1) {
                targets.add(earlier.get(0));
            } else if (earlier.size() > 1) {
                earlier.stream()
                        .filter(other -> other.id().equals(parameterName))
                        .findFirst()
                        .ifPresent(targets::add);
            } else if (!matches.isEmpty()) {
                targets.add(matches.get(0));
            }
        }
        return targets;
    }

    /** How to fix a parameter whose type is neither a handle nor a generated supervisor. */
    private String notAHandleFix(Optional<TypeElement> element) {
        Optional<GeneratedTypes.Origin> origin = element.flatMap(generated::generatedFrom);
        if (origin.isPresent()) {
            return "declare it as "
                    + origin.get().generated().simpleName()
                    + ", the "
                    + origin.get().role().description()
                    + " of "
                    + messageNames.name(origin.get().element());
        }
        return "remove it, and give the @Supervisor class a field or a constructor parameter for"
                + " that value instead";
    }
}
