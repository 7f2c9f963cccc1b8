package dev.rt.supervision;

import dev.rt.ActorRef;

/**
 * The children of a supervisor that start before the one being created: what a {@link
 * ChildFactory} may depend on. A sibling's reference stays valid across its restarts.
 *
 * <p>Threading: valid only during the {@link ChildFactory#create} call that received it.
 */
public interface Siblings {

    /**
     * The reference of an earlier sibling.
     *
     * @param id the sibling's id
     * @param <M> the sibling's protocol, as the caller knows it
     * @return the sibling's reference
     * @throws IllegalArgumentException if there is no sibling {@code id} that starts earlier
     */
    <M> ActorRef<M> ref(String id);
}
