/**
 * Reads an {@code @ActorBehavior} class, its protocol and its handlers, or a {@code @Supervisor}
 * class and its {@code @Child} methods, checks every rule, and builds the {@linkplain
 * dev.rt.processor.model model} when all of them hold.
 *
 * <p>Validation never throws for bad input and never prints anything: each broken rule becomes an
 * item of a {@link dev.rt.processor.validation.ValidationReport}, on the exact element (the class,
 * a method, a parameter, a message type, an annotation value). A type that does not exist yet
 * makes the result {@link dev.rt.processor.validation.ValidationResult.Unresolved}, and the
 * processor defers the class to the next round.
 */
package dev.rt.processor.validation;
