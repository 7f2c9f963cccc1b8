package dev.rt.supervision;

import dev.rt.ActorRef;
import dev.rt.annotation.Restart;

/**
 * One child in a {@link Supervisor#whichChildren()} snapshot.
 *
 * @param id the child's id
 * @param ref the child's reference; valid across restarts
 * @param state the child's state
 * @param restarts how many times it has been restarted
 * @param restart its restart type
 * @param supervisor whether it is a supervisor
 */
public record ChildInfo(String id, ActorRef<?> ref, ChildState state, int restarts,
        Restart restart, boolean supervisor) {}
