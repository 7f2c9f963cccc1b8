/**
 * Writes the generated sources from a {@linkplain dev.rt.processor.model model} with JavaPoet. The
 * writers decide nothing that could fail: a valid model always gives code that compiles. They
 * emit members in the model's order and nothing that depends on time or on hash order, so the
 * same input gives the same bytes.
 */
package dev.rt.processor.writing;
