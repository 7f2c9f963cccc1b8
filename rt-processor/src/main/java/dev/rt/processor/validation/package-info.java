/**
 * Reads an {@code @ActorBehavior} class, its mailbox, its protocol and its handlers, or a
 * {@code @Supervisor} class and its {@code @Child} methods, checks every rule, and builds the
 * {@linkplain dev.rt.processor.model model} when all of them hold. A {@code @Priority} type is also
 * checked on its own, for what can be told without the behavior whose protocol it belongs to.
 *
 * <p>Validation never throws for bad input and never prints anything: each broken rule becomes an
 * item of a {@link dev.rt.processor.validation.ValidationReport}, on the exact element (the class,
 * a method, a parameter, a message type, an annotation or one of its values); a setting that has
 * no effect becomes a warning, which does not stop generation. A type that does not exist yet
 * makes the result {@link dev.rt.processor.validation.ValidationResult.Unresolved}, and the
 * processor defers the class to the next round.
 */
package dev.rt.processor.validation;
