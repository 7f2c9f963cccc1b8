package dev.rt.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A component of a record message, and so a parameter of its handle method.
 *
 * @param name the component's name
 * @param type the component's type
 */
public record Component(String name, TypeName type) {}
