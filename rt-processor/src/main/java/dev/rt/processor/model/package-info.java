/**
 * The immutable models of a valid behavior ({@link dev.rt.processor.model.BehaviorModel}), of a
 * valid supervisor ({@link dev.rt.processor.model.SupervisorModel}) and of a valid wire protocol
 * ({@link dev.rt.processor.model.CodecModel}), from which the writers
 * generate code. They hold names, JavaPoet types and annotation constants only, no {@code
 * javax.lang.model} elements: everything in them has been validated, and the writers make no
 * further decision that could fail.
 */
package dev.rt.processor.model;
