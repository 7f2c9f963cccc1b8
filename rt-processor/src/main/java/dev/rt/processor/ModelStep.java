package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.processor.validation.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The shell that every step which validates a class and writes code from its model shares: validate
 * the element, then act on the {@link ValidationResult}.
 *
 * <ul>
 *   <li>{@linkplain ValidationResult.Unresolved Unresolved}: defer to the next round, or, in the
 *       last round, report what is still missing.
 *   <li>{@linkplain ValidationResult.Invalid Invalid}: report the broken rules; write nothing.
 *   <li>{@linkplain ValidationResult.Valid Valid}: report the warnings, check that no other
 *       element of any round generates a type of the same name ({@link
 *       Diagnostic#GENERATED_NAME_CLASH}), then write the files, and the resources, each write
 *       error reported as {@link Diagnostic#WRITE_FAILED}.
 * </ul>
 *
 * <p>A subclass only says how to validate its element ({@link #validate}), which types its model
 * generates ({@link #generatedTypes}) and which files it writes from it ({@link #files}), and
 * resources if any ({@link #resources}). A step that only checks, such as {@link PriorityStep},
 * generates no type and writes no file.
 *
 * @param <M> the model of a valid element: what to generate
 */
abstract class ModelStep<M> implements ProcessingStep {
    private final Reporter reporter;
    private final Filer filer;

    /** Generated type to the class it was generated for, over all rounds. */
    private final Map<ClassName, String> generated = new HashMap<>();

    ModelStep(ProcessingEnvironment env, Reporter reporter) {
        this.reporter = reporter;
        this.filer = env.getFiler();
    }

    /**
     * {@return the element's model; or the rules it breaks; or a type it needs that does not exist
     * (yet)}
     *
     * @param element an element annotated with {@link #annotation()}
     */
    abstract ValidationResult<M> validate(TypeElement element);

    /** {@return the types that the files of {@code model} declare; empty if it writes none} */
    abstract List<ClassName> generatedTypes(M model);

    /**
     * {@return the files to write for a valid element, one per type of {@link #generatedTypes}}
     *
     * @param model the element's model
     * @param element the element, the originating element of the files
     */
    abstract List<JavaFile> files(M model, TypeElement element);

    /**
     * {@return the resources to write for a valid element, into the class output; none unless a
     * step says otherwise}
     *
     * @param model the element's model
     */
    List<Resource> resources(M model) {
        return List.of();
    }

    /**
     * A resource, written as UTF-8 text into the class output, with the element as its origin.
     *
     * @param name its path, such as {@code META-INF/rt/wire/com.example.CounterMsg.schema}
     * @param text its text
     */
    record Resource(String name, String text) {}

    @Override
    public final Outcome process(TypeElement element, boolean lastRound) {
        return switch (validate(element)) {
            case ValidationResult.Unresolved<M> unresolved -> {
                if (!lastRound) {
                    yield Outcome.DEFER;
                }
                reporter.print(unresolved.lastRoundReport());
                yield Outcome.DONE;
            }
            case ValidationResult.Invalid<M> invalid -> {
                reporter.print(invalid.report());
                yield Outcome.DONE;
            }
            case ValidationResult.Valid<M> valid -> {
                reporter.print(valid.warnings());
                write(element, valid.model());
                yield Outcome.DONE;
            }
        };
    }

    private void write(TypeElement element, M model) {
        String name = element.getQualifiedName().toString();
        List<ClassName> types = generatedTypes(model);
        for (ClassName type : types) {
            String other = generated.get(type);
            if (other != null && !other.equals(name)) {
                reporter.report(
                        Diagnostic.GENERATED_NAME_CLASH, element, other, name, type.canonicalName());
                return;
            }
        }
        types.forEach(type -> generated.put(type, name));
        for (JavaFile file : files(model, element)) {
            try {
                file.writeTo(filer);
            } catch (IOException e) {
                String type = file.packageName().isEmpty()
                        ? file.typeSpec().name()
                        : file.packageName() + "." + file.typeSpec().name();
                reporter.report(Diagnostic.WRITE_FAILED, element, type, e.getMessage());
            }
        }
        for (Resource resource : resources(model)) {
            try {
                FileObject file =
                        filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource.name(), element);
                try (Writer out = new java.io.OutputStreamWriter(
                        file.openOutputStream(), StandardCharsets.UTF_8)) {
                    out.write(resource.text());
                }
            } catch (IOException | IllegalArgumentException e) {
                reporter.report(Diagnostic.WRITE_FAILED, element, resource.name(), e.getMessage());
            }
        }
    }
}
