/**
 * The immutable model of a valid behavior, from which the writers generate code. It holds names
 * and JavaPoet types only, no {@code javax.lang.model} elements: everything in it has been
 * validated, and the writers make no further decision that could fail.
 */
package dev.rt.processor.model;
