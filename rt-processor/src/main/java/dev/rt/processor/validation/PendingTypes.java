package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.rt.processor.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaFileObject;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The types that a supervisor needs and that do not exist yet: types that its source names but
 * javac cannot find, and the handles and generated supervisors of its children; or that a wire
 * protocol's messages hold, such as the handle of a behavior. RT's processor may still generate
 * them in this round, or another processor may, so they are not errors until the last round; then
 * {@link #lastRoundReport} says what is missing and, when it can tell, why.
 */
final class PendingTypes {
    private final Types types;
    private final Elements elements;
    private final MessageNames messageNames;
    private final AccessRules access;
    private final GeneratedTypes generated;
    private final TypeElement tree;
    private final Set<String> searched = new LinkedHashSet<>();
    private final List<Pending> pending = new ArrayList<>();

    /** A missing type, where it is needed, and who needs it, for a sentence. */
    private record Pending(String typeName, Element where, String who) {}

    PendingTypes(ValidationTools tools, GeneratedTypes generated, TypeElement tree) {
        this.types = tools.types();
        this.elements = tools.elements();
        this.messageNames = tools.messageNames();
        this.access = tools.access();
        this.generated = generated;
        this.tree = tree;
        searched.add(access.packageOf(tree));
    }

    /**
     * Also looks for the classes that missing types are generated from in this package: that of a
     * child's class, whose handle a sibling may import.
     */
    void searchAlso(String pkg) {
        searched.add(pkg);
    }

    /**
     * Records a type that the source names but that does not exist.
     *
     * @param type an error type, or a type with an error type in it
     * @param where the element that names it
     * @param who the element, for a sentence, such as {@code parameter 'exec' of child 'risk'}
     */
    void unresolved(TypeMirror type, Element where, String who) {
        pending.add(new Pending(type.toString(), where, who));
    }

    /**
     * Records a handle or a generated supervisor that a child needs and that does not exist.
     *
     * @param type the generated class
     * @param where the {@code @Child} method
     * @param who the child, for a sentence, such as {@code child 'executor'}
     */
    void notGenerated(ClassName type, Element where, String who) {
        pending.add(new Pending(type.canonicalName(), where, who));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** {@return the first missing type} */
    String first() {
        return pending.get(0).typeName();
    }

    /**
     * What to report if the types are still missing in the last round: the rules broken so far,
     * then, for a type that RT's processor should have generated, which annotated class it comes
     * from and that its errors are the cause; for any other type, {@link
     * Diagnostic#UNRESOLVED_TYPE}.
     *
     * @param report the rules broken so far; the explanations are added to it
     */
    ValidationReport lastRoundReport(ValidationReport.Builder report) {
        for (Pending missing : pending) {
            Optional<GeneratedTypes.Origin> origin = originOf(missing.typeName());
            if (origin.isEmpty()) {
                report.error(
                        Diagnostic.UNRESOLVED_TYPE,
                        tree,
                        tree.getQualifiedName(),
                        missing.typeName());
                continue;
            }
            TypeElement from = origin.get().element();
            String name = messageNames.name(from);
            String fix =
                    fromSource(from)
                            ? "fix the errors reported on " + name + ", and compile again"
                            : name
                                    + " comes from a library that was compiled without RT's"
                                    + " processor; compile that library with rt-processor";
            report.error(
                    Diagnostic.CHILD_NOT_GENERATED,
                    missing.where(),
                    missing.who(),
                    origin.get().generated().simpleName(),
                    name,
                    fix);
        }
        return report.build();
    }

    /** The annotated class a missing type comes from, searched by its simple name. */
    private Optional<GeneratedTypes.Origin> originOf(String typeName) {
        int dot = typeName.lastIndexOf('.');
        String simpleName = typeName.substring(dot + 1);
        List<String> packages =
                dot < 0 ? List.copyOf(searched) : List.of(typeName.substring(0, dot));
        for (String pkg : packages) {
            Optional<GeneratedTypes.Origin> origin = generated.originOf(pkg, simpleName);
            if (origin.isPresent()) {
                return origin;
            }
        }
        return Optional.empty();
    }

    private boolean fromSource(TypeElement type) {
        JavaFileObject file = elements.getFileObjectOf(type);
        return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
    }
}
