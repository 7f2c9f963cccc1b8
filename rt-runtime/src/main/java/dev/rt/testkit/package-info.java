/** Deterministic drivers for tests of actors: a manual clock, so that no test sleeps. */
package dev.rt.testkit;
