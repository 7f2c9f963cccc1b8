package dev.rt.processor;

import javax.lang.model.element.TypeElement;

/**
 * The work that {@link RtProcessor} does for one annotation, one element at a time.
 *
 * <p>The processor finds the annotated elements, hands each one to its step, and keeps the ones
 * that the step {@linkplain Outcome#DEFER defers} for the next round. It also catches what a step
 * throws, so a step may assume well-formed input and leave the unexpected to the processor.
 */
interface ProcessingStep {

    /** {@return the canonical name of the annotation this step processes} */
    String annotation();

    /**
     * Processes one annotated element: validates it, reports what is wrong, and writes code when
     * nothing is.
     *
     * @param element an element annotated with {@link #annotation()}
     * @param lastRound whether this is the final round, when deferring is no longer possible: a
     *     step then reports what is still unresolved instead
     * @return whether the element is done or must wait for the next round
     */
    Outcome process(TypeElement element, boolean lastRound);

    /** What became of an element. */
    enum Outcome {
        /** Processed: code written, or errors reported. */
        DONE,
        /** Refers to types that do not exist yet; try again next round. */
        DEFER
    }
}
