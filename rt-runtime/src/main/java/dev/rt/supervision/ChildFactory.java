package dev.rt.supervision;

/**
 * Creates a fresh behavior instance for a supervised child, on every start and restart.
 *
 * <p>Threading: called on the child's own thread, before {@code preStart}.
 *
 * @param <A> the behavior
 */
@FunctionalInterface
public interface ChildFactory<A> {

    /**
     * Creates the instance.
     *
     * @param siblings the children that start before this one
     * @return a new instance, never null
     */
    A create(Siblings siblings);
}
