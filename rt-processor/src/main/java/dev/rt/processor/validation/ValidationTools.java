package dev.rt.processor.validation;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the validators ask about types and elements, made once and passed in: the compiler's
 * {@link Types} and {@link Elements}, and the helpers built on them, each of one concern. Each
 * public validator ({@link BehaviorValidator}, {@link SupervisorValidator}, {@link
 * PriorityValidator}, {@link OrphanChildValidator}) makes one from the processing environment
 * when its step is made, and hands it to every validator under it; no validator makes helpers of
 * its own. The helpers hold nothing but the compiler's utilities, so sharing them changes no
 * result.
 *
 * @param types the compiler's type utilities
 * @param elements the compiler's element utilities
 * @param resolution whether a type exists yet, and supertypes
 * @param annotations an element's annotations and their values, with defaults
 * @param messageNames how diagnostics name types, methods and type parameters
 * @param access whether generated code can name a type, and whether a class is static enough,
 *     not private, not generic
 */
record ValidationTools(
        Types types,
        Elements elements,
        TypeResolution resolution,
        AnnotationValues annotations,
        MessageNames messageNames,
        AccessRules access) {

    /** {@return the tools for one processing environment} */
    static ValidationTools of(ProcessingEnvironment env) {
        Types types = env.getTypeUtils();
        Elements elements = env.getElementUtils();
        MessageNames messageNames = new MessageNames(types);
        return new ValidationTools(
                types,
                elements,
                new TypeResolution(types),
                new AnnotationValues(elements),
                messageNames,
                new AccessRules(elements, messageNames));
    }
}
