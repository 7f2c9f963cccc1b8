/**
 * RT's annotation processor.
 *
 * <p>The pipeline, for each {@code @ActorBehavior} class: read and validate the class, its
 * protocol and its handlers ({@code validation}), then build an immutable model ({@code model})
 * from what validation accepted ({@code binding}), from which the writers generate the handle and
 * the descriptor ({@code writing}). For each {@code
 * @Supervisor} class, the same: read and validate the class and its {@code @Child} methods, into
 * a model of the tree, from which a writer generates the supervisor. For each {@code
 * @WireProtocol} sealed interface, the same again: walk and validate what travels, and compare its
 * schema with a committed baseline, into a model of the codec, from which a writer generates the
 * codec and the schema resource. {@link
 * dev.rt.processor.RtProcessor} runs one {@link dev.rt.processor.ProcessingStep} per annotation
 * (most of them a {@code ModelStep}) and defers elements whose types do not exist yet; {@link dev.rt.processor.Diagnostic} lists every
 * message it can report.
 */
package dev.rt.processor;
