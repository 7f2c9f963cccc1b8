package dev.rt.processor.validation;

import java.util.function.Function;

/**
 * The outcome of validating one annotated class.
 *
 * @param <M> what a valid class gives: what its validator accepted, or the model built from it
 */
public sealed interface ValidationResult<M> {

    /**
     * {@return this result, with the value of a valid class turned into another, such as the model
     * built from what the validator accepted; the reports unchanged}
     *
     * @param function what to make of a valid class's value
     * @param <N> what it makes
     */
    default <N> ValidationResult<N> map(Function<? super M, ? extends N> function) {
        return switch (this) {
            case Valid<M> valid -> new Valid<>(function.apply(valid.model()), valid.warnings());
            case Invalid<M> invalid -> new Invalid<>(invalid.report());
            case Unresolved<M> unresolved ->
                    new Unresolved<>(unresolved.typeName(), unresolved.lastRoundReport());
        };
    }

    /**
     * Every rule holds.
     *
     * @param model what the class gives: what to generate from
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
