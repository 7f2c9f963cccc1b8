/**
 * RT's API: {@link dev.rt.ActorSystem}, {@link dev.rt.ActorRef}, {@link dev.rt.Actor}, {@link
 * dev.rt.ActorContext}, {@link dev.rt.Request} and monitoring. Users mostly call the handles that
 * the processor generates from their {@code @ActorBehavior} classes.
 */
package dev.rt;
