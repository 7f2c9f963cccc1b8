package dev.rt.processor.validation;

/**
 * The outcome of validating one annotated class.
 *
 * @param <M> the model of a valid class: what to generate
 */
public sealed interface ValidationResult<M> {

    /**
     * Every rule holds.
     *
     * @param model what to generate
     * @param warnings settings that have no effect, reported without stopping generation; usually
     *     none
     * @param <M> the model's type
     */
    record Valid<M>(M model, ValidationReport warnings) implements ValidationResult<M> {}

    /**
     * At least one rule is broken; nothing is generated.
     *
     * @param report the broken rules, at least one error, and the warnings
     * @param <M> the model's type
     */
    record Invalid<M>(ValidationReport report) implements ValidationResult<M> {}

    /**
     * The class refers to a type that does not exist, perhaps not yet: another processor, or RT's
     * own processor, may generate it in this round. Nothing is reported; the processor tries again
     * next round.
     *
     * @param typeName the first missing type, as written in the source
     * @param lastRoundReport what to report instead if the type is still missing in the last
     *     round: which type is missing, and why, as far as it can be told
     * @param <M> the model's type
     */
    record Unresolved<M>(String typeName, ValidationReport lastRoundReport)
            implements ValidationResult<M> {}
}
