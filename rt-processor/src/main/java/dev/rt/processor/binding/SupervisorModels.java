package dev.rt.processor.binding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.rt.annotation.Strategy;
import dev.rt.processor.RuntimeTypes;
import dev.rt.processor.model.Child;
import dev.rt.processor.model.HealthCheck;
import dev.rt.processor.model.MethodRef;
import dev.rt.processor.model.SupervisorModel;
import dev.rt.processor.model.Template;
import dev.rt.processor.validation.CheckedChild;
import dev.rt.processor.validation.CheckedHealthCheck;
import dev.rt.processor.validation.CheckedSupervisor;
import dev.rt.processor.validation.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link SupervisorModel} of a supervisor that {@link
 * dev.rt.processor.validation.SupervisorValidator} checked, once every type it needs exists: it
 * decides nothing that could fail, and reports nothing.
 */
public final class SupervisorModels {
    private final Types types;
    private final Elements elements;
    private final GenerationSite site;

    /**
     * Creates a factory for one compilation.
     *
     * @param env the processing environment
     */
    public SupervisorModels(ProcessingEnvironment env) {
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.site = new GenerationSite(elements);
    }

    /**
     * {@return the model of a valid supervisor: what its generated supervisor is made of}
     *
     * @param checked what the validator read and accepted
     */
    public SupervisorModel model(CheckedSupervisor checked) {
        TypeElement tree = checked.tree();
        List<CheckedChild> children = checked.children();
        ClassName treeName = ClassName.get(tree);
        List<Child> childModels = new ArrayList<>();
        Optional<Template> template = Optional.empty();
        if (checked.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
            CheckedChild child = children.get(0);
            Optional<Template.Argument> argument =
                    child.method().getParameters().stream()
                            .findFirst()
                            .map(
                                    parameter ->
                                            new Template.Argument(
                                                    parameter.getSimpleName().toString(),
                                                    TypeName.get(parameter.asType())));
            template =
                    Optional.of(
                            new Template(
                                    child.id(),
                                    Names.startMethodName(child.id()),
                                    methodRef(treeName, child.method()),
                                    ClassName.get(child.type().get().element()),
                                    child.type().get().generated(),
                                    checked.templateProtocol().orElseThrow(),
                                    child.restart(),
                                    child.shutdownMillis(),
                                    argument));
        } else {
            for (CheckedChild child : children) {
                childModels.add(
                        new Child(
                                child.id(),
                                methodRef(treeName, child.method()),
                                child.isSupervisor() ? Child.Kind.SUPERVISOR : Child.Kind.WORKER,
                                ClassName.get(child.type().get().element()),
                                child.type().get().generated(),
                                child.restart(),
                                child.shutdownMillis(),
                                dependencies(checked.dependencies().get(child)),
                                child.healthCheck().map(SupervisorModels::healthCheck)));
            }
        }
        return new SupervisorModel(
                treeName,
                Names.supervisor(tree),
                tree.getModifiers().contains(Modifier.PUBLIC),
                site.canUseGenerated(tree),
                checked.strategy(),
                checked.intensity(),
                checked.periodSeconds(),
                childModels,
                template,
                site.shadowedJavaLang(tree),
                usesDeprecated(tree, children, checked.templateProtocol()));
    }

    /** {@return the runtime's health check of a child, as its spec names it} */
    private static HealthCheck healthCheck(CheckedHealthCheck checked) {
        return new HealthCheck(
                checked.intervalMillis(),
                checked.timeoutMillis(),
                checked.protocol().map(ClassName::get).orElse(RuntimeTypes.SUPERVISOR_PROTOCOL),
                checked.request().map(ClassName::get));
    }

    /** {@return the siblings that a child takes, as its spec names them} */
    private static List<Child.Dependency> dependencies(List<CheckedChild> siblings) {
        List<Child.Dependency> dependencies = new ArrayList<>();
        for (CheckedChild sibling : siblings) {
            dependencies.add(
                    new Child.Dependency(sibling.id(), sibling.type().orElseThrow().generated()));
        }
        return dependencies;
    }

    /** A {@code @Child} method, as javadoc links it: with its parameters' erased types. */
    private MethodRef methodRef(ClassName tree, ExecutableElement method) {
        List<TypeName> parameters = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(TypeName.get(types.erasure(parameter.asType())));
        }
        return new MethodRef(tree, method.getSimpleName().toString(), parameters);
    }

    /**
     * {@return whether the generated supervisor names anything deprecated: the tree, a {@code
     * @Child} method, a child's class, a template's protocol, a parameter's type, or the protocol
     * or the request of a health check}
     */
    private boolean usesDeprecated(
            TypeElement tree, List<CheckedChild> children, Optional<ClassName> protocol) {
        if (elements.isDeprecated(tree)) {
            return true;
        }
        for (CheckedChild child : children) {
            if (elements.isDeprecated(child.method())
                    || child.type().map(t -> deprecatedOrInDeprecated(t.element())).orElse(false)) {
                return true;
            }
            if (child.healthCheck().isPresent()) {
                HealthCheck check = healthCheck(child.healthCheck().get());
                if (deprecatedOrInDeprecated(check.protocol())
                        || check.request().map(this::deprecatedOrInDeprecated).orElse(false)) {
                    return true;
                }
            }
            for (VariableElement parameter : child.method().getParameters()) {
                if (parameter.asType() instanceof DeclaredType declared
                        && deprecatedOrInDeprecated((TypeElement) declared.asElement())) {
                    return true;
                }
            }
        }
        return protocol.isPresent() && deprecatedOrInDeprecated(protocol.get());
    }

    /** {@return whether a class that generated code names, or an enclosing one, is deprecated} */
    private boolean deprecatedOrInDeprecated(ClassName type) {
        TypeElement element = elements.getTypeElement(type.canonicalName());
        return element != null && deprecatedOrInDeprecated(element);
    }

    /** {@return whether a type, or a type that encloses it, is deprecated} */
    private boolean deprecatedOrInDeprecated(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (elements.isDeprecated(e)) {
                return true;
            }
        }
        return false;
    }
}
