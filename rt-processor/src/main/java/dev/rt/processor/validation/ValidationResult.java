package dev.rt.processor.validation;

import dev.rt.processor.model.BehaviorModel;

/** The outcome of validating one behavior class. */
public sealed interface ValidationResult {

    /**
     * Every rule holds.
     *
     * @param model what to generate
     */
    record Valid(BehaviorModel model) implements ValidationResult {}

    /**
     * At least one rule is broken; nothing is generated.
     *
     * @param report the broken rules, at least one
     */
    record Invalid(ValidationReport report) implements ValidationResult {}

    /**
     * The class refers to a type that does not exist, perhaps not yet: another processor may
     * generate it in this round. Nothing is reported; the processor tries again next round.
     *
     * @param typeName the missing type, as written in the source
     */
    record Unresolved(String typeName) implements ValidationResult {}
}
