/**
 * Builds the immutable {@linkplain dev.rt.processor.model models} from what the {@linkplain
 * dev.rt.processor.validation validators} checked and accepted: {@link
 * dev.rt.processor.binding.BehaviorModels} for a behavior, {@link
 * dev.rt.processor.binding.SupervisorModels} for a supervisor, {@link
 * dev.rt.processor.binding.CodecModels} for a wire protocol. A factory checks nothing and
 * reports nothing: it runs only on valid input, and decides nothing that could fail.
 */
package dev.rt.processor.binding;
