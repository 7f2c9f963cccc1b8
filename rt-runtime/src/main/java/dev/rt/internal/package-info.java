/**
 * The engine: actor cells, the system core, ask promises, timers. Not API: it may change in any
 * release. See {@link dev.rt.internal.ActorCell} for the concurrency design.
 */
package dev.rt.internal;
