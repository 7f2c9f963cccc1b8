/**
 * Reads an {@code @ActorBehavior} class, its mailbox, its protocol and its handlers, a
 * {@code @Supervisor} class and its {@code @Child} methods, or a {@code @WireProtocol} and what
 * its messages hold, and checks every rule. When all of them hold, the result is what the
 * validator read and accepted ({@link dev.rt.processor.validation.CheckedBehavior}, {@link
 * dev.rt.processor.validation.CheckedSupervisor}, {@link
 * dev.rt.processor.validation.CheckedWireProtocol}), from which the {@code binding} package builds
 * the {@linkplain dev.rt.processor.model model}: validators check and report, and build no model. A {@code @Priority} type is also
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
