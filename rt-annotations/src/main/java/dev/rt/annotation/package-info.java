/**
 * Annotations read by RT's annotation processor at compile time. None of them is read at run
 * time: RT uses no reflection.
 */
package dev.rt.annotation;
