package dev.rt.processor.validation;

import dev.rt.processor.Diagnostic;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the {@code @Child} methods that no supervisor reads: those of a class that is not
 * annotated {@code @Supervisor}, such as a superclass of a supervisor. (A supervisor's children
 * are the {@code @Child} methods it declares itself.)
 */
public final class OrphanChildValidator {
    private final Types types;
    private final Elements elements;
    private final AnnotationValues annotations;
    private final MessageNames messageNames;

    /**
     * Creates a validator for one compilation.
     *
     * @param env the processing environment
     */
    public OrphanChildValidator(ProcessingEnvironment env) {
        ValidationTools tools = ValidationTools.of(env);
        this.types = tools.types();
        this.elements = tools.elements();
        this.annotations = tools.annotations();
        this.messageNames = tools.messageNames();
    }

    /**
     * Checks the {@code @Child} methods of a class.
     *
     * @param type a class that declares {@code @Child} methods
     * @return one item per {@code @Child} method if the class is not a supervisor; else none
     */
    public ValidationReport validate(TypeElement type) {
        ValidationReport.Builder report = new ValidationReport.Builder(type);
        if (annotations.isAnnotated(type, GeneratedTypes.SUPERVISOR)) {
            return report.build();
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (annotations.isAnnotated(method, ChildValidator.CHILD)) {
                report.error(
                        Diagnostic.ORPHAN_CHILD,
                        method,
                        messageNames.name(method, type),
                        messageNames.name(type),
                        messageNames.name(type));
            }
        }
        return report.build();
    }
}
