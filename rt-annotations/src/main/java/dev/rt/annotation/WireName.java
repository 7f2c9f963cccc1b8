package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire name of a record, an enum or a sealed interface that a {@link WireProtocol}
 * reaches: the name under which its values travel, from which the tag in front of them is
 * derived. Without it, the wire name is the type's name relative to its package, such as {@code
 * CounterMsg.Add} for the record {@code Add} nested in {@code com.example.CounterMsg}.
 *
 * <p>Set it to keep a type's wire name when the type is renamed or moved, so that nodes built
 * before the change still understand it:
 *
 * <pre>{@code
 * @WireProtocol
 * public sealed interface CounterMsg {
 *     @WireName("CounterMsg.Add")               // was CounterMsg.Add, renamed in Java only
 *     record Increment(long by) implements CounterMsg {}
 * }
 * }</pre>
 *
 * <p>A wire name is made of letters, digits, {@code .}, {@code _}, {@code -} and {@code $}; two
 * types of one protocol cannot share a wire name, nor a tag.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireName {

    /** {@return the wire name, such as {@code CounterMsg.Add}} */
    String value();
}
