/**
 * The annotations that RT's annotation processor reads.
 *
 * <p>{@link dev.rt.annotation.ActorBehavior} marks a behavior class; the processor generates a
 * type-safe handle and a dispatch switch for it.
 */
module dev.rt.annotations {
    exports dev.rt.annotation;
}
