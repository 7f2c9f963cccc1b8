package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a message type of a protocol as high priority: queued messages of such types are handled
 * ahead of the others, first in first out within each level. Opt-in, and free for actors whose
 * protocol has none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Priority {}
