package dev.rt.annotation;

/**
 * How a supervisor restarts its children when one of them fails (Erlang/OTP's restart
 * strategies). See {@code docs/supervision.md}.
 */
public enum Strategy {
    /** Restart only the child that failed. */
    ONE_FOR_ONE,
    /** Stop all other children, in reverse start order, then restart all, in start order. */
    ONE_FOR_ALL,
    /**
     * Stop the children started after the one that failed, in reverse order, then restart the
     * failed child and those, in start order.
     */
    REST_FOR_ONE,
    /**
     * As {@link #ONE_FOR_ONE}, for children started at run time from one template. Children
     * stop together, in no particular order.
     */
    SIMPLE_ONE_FOR_ONE
}
