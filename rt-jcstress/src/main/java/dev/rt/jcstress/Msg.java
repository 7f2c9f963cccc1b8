package dev.rt.jcstress;

import dev.rt.Request;

/** The protocol of the actor under test: numbered messages, so that each one can be traced. */
public sealed interface Msg {

    /** {@return the message's number, its index in the {@link Fates} arrays} */
    int id();

    /** A plain message. */
    record Work(int id) implements Msg {}

    /** A request, answered by {@link Recorder#on(Query)}. */
    record Query(int id) implements Msg, Request<Integer> {}
}
