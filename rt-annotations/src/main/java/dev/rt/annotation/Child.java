package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a factory method of a {@link Supervisor} class: it returns a fresh behavior (an {@code
 * @ActorBehavior} class) or a nested {@code @Supervisor} class instance, and is called on every
 * start and restart of the child. The method's name is the child's id.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Child {

    /** {@return when the child is restarted} */
    Restart restart() default Restart.PERMANENT;

    /**
     * {@return how long a graceful stop may take before the child is abandoned, in milliseconds;
     * 0 abandons at once, -1 waits forever; -2 (the default) means 5000 for a worker and forever
     * for a supervisor}
     */
    long shutdownMillis() default -2;
}
