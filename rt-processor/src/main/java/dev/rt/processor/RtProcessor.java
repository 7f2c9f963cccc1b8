package dev.rt.processor;

import com.google.auto.service.AutoService;
import dev.rt.annotation.ActorBehavior;
import dev.rt.annotation.Child;
import dev.rt.annotation.Priority;
import dev.rt.annotation.Supervisor;
import dev.rt.annotation.WireName;
import dev.rt.annotation.WireProtocol;
import dev.rt.processor.validation.WireProtocolValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * RT's annotation processor: generates the handle and the descriptor of every {@link
 * ActorBehavior} class, the supervisor of every {@link Supervisor} class and the wire codec of
 * every {@link WireProtocol}, and reports each rule they break, and each {@link Priority} that
 * cannot mark a message, as an error with a stable code
 * (see {@link Diagnostic} and {@code docs/processor.md}); a setting that has no effect is a
 * warning.
 *
 * <p>The work is split into {@linkplain ProcessingStep steps}, one per annotation: behaviors first,
 * so that the handles that supervisors need are written as early as possible. Each round, every
 * step gets the classes annotated in that round (for an annotation on methods, such as {@link
 * Child}, the classes that declare them) plus those it deferred in earlier rounds, fetched again
 * by name because javac creates new elements each round. A step defers an element
 * that refers to types that do not exist yet, such as types that another processor generates in
 * this round; in the final round, what is still unresolved is reported instead.
 *
 * <p>The processor never lets an exception escape to javac: an unexpected one becomes an {@link
 * Diagnostic#INTERNAL_ERROR} on the element being processed, and the other elements go on.
 */
@AutoService(Processor.class)
public final class RtProcessor extends AbstractProcessor {
    /** The annotation on every generated type. */
    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final BiFunction<ProcessingEnvironment, Reporter, List<ProcessingStep>> stepFactory;
    private final Map<ProcessingStep, Set<String>> deferred = new LinkedHashMap<>();
    private List<ProcessingStep> steps = List.of();
    private Reporter reporter;

    /** Creates the processor; javac calls this through the service loader. */
    public RtProcessor() {
        this(
                (env, reporter) ->
                        List.of(
                                new ActorBehaviorStep(env, reporter),
                                new SupervisorStep(env, reporter),
                                new ChildStep(env, reporter),
                                new PriorityStep(env, reporter),
                                new WireProtocolStep(env, reporter)));
    }

    /** For tests: runs the given steps instead of the real ones. */
    RtProcessor(BiFunction<ProcessingEnvironment, Reporter, List<ProcessingStep>> stepFactory) {
        this.stepFactory = stepFactory;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        reporter = new Reporter(env.getMessager(), env.getElementUtils());
        steps = List.copyOf(stepFactory.apply(env, reporter));
        for (ProcessingStep step : steps) {
            deferred.put(step, new LinkedHashSet<>());
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(
                ActorBehavior.class.getCanonicalName(),
                Supervisor.class.getCanonicalName(),
                Child.class.getCanonicalName(),
                Priority.class.getCanonicalName(),
                WireProtocol.class.getCanonicalName(),
                // Read on the types that a wire protocol reaches, by WireProtocolStep.
                WireName.class.getCanonicalName(),
                // On every file RT generates: claimed, with RT's own, so that javac does not warn
                // that no processor claimed it in the round after RT wrote it.
                GENERATED);
    }

    /** {@code rt.wire.baseline}: the directory of the committed schemas of wire protocols. */
    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(WireProtocolValidator.BASELINE_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (ProcessingStep step : steps) {
            for (TypeElement element : elementsFor(step, round)) {
                if (process(step, element, round.processingOver()) == ProcessingStep.Outcome.DEFER) {
                    deferred.get(step).add(element.getQualifiedName().toString());
                }
            }
        }
        // Claims the annotations it supports, RT's own and @Generated: javac then has no "No
        // processor claimed any of these annotations" warning for a user who builds with
        // -Xlint:all. The price: a processor after RT in the processor path is not asked about
        // these annotations, and one that supports "*" is not called at all in a round whose only
        // annotations RT claimed (unless it ran in an earlier round); docs/processor.md tells
        // users to list such processors first.
        return true;
    }

    /**
     * The classes deferred by the step in earlier rounds, then those annotated in this one: for an
     * annotation on members, the classes that declare them.
     */
    private List<TypeElement> elementsFor(ProcessingStep step, RoundEnvironment round) {
        Set<TypeElement> elements = new LinkedHashSet<>();
        Set<String> names = deferred.get(step);
        for (String name : names) {
            TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
            if (element == null) {
                reporter.report(Diagnostic.UNRESOLVED_TYPE, null, name, name);
            } else {
                elements.add(element);
            }
        }
        names.clear();
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(step.annotation());
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    elements.add(type);
                } else if (element.getEnclosingElement() instanceof TypeElement owner) {
                    elements.add(owner);
                }
            }
        }
        return new ArrayList<>(elements);
    }

    private ProcessingStep.Outcome process(ProcessingStep step, TypeElement element, boolean last) {
        try {
            ProcessingStep.Outcome outcome = step.process(element, last);
            if (outcome == ProcessingStep.Outcome.DEFER
                    && (last || element.getQualifiedName().isEmpty())) {
                // Nothing comes after the last round, and a class without a name cannot be found
                // again: a step that defers anyway has a bug.
                throw new IllegalStateException("deferred " + element + " in the last round");
            }
            return outcome;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            reporter.report(Diagnostic.INTERNAL_ERROR, element, element, describe(e));
            return ProcessingStep.Outcome.DONE;
        }
    }

    /** The exception and the top of its stack: enough to find the bug from a user's report. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] stack = e.getStackTrace();
        for (int i = 0; i < Math.min(5, stack.length); i++) {
            text.append(i == 0 ? " at " : " < ").append(stack[i]);
        }
        return text.toString();
    }
}
