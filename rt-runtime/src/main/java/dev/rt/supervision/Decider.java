package dev.rt.supervision;

/**
 * Chooses the {@link Directive} for a child's failure, by its cause. The default restarts.
 *
 * <pre>{@code
 * Decider decider = cause -> cause instanceof IllegalArgumentException
 *         ? Directive.RESUME
 *         : Directive.RESTART;
 * }</pre>
 *
 * <p>Threading: called on the supervisor's thread; must not block.
 */
@FunctionalInterface
public interface Decider {

    /** Restarts on every failure: OTP's behaviour. */
    Decider RESTART = cause -> Directive.RESTART;

    /**
     * Decides.
     *
     * @param cause what the child threw
     * @return what to do
     */
    Directive decide(Throwable cause);
}
