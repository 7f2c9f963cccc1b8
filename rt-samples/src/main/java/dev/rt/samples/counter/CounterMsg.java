package dev.rt.samples.counter;

import dev.rt.Request;

/** The protocol of {@link Counter}. */
public sealed interface CounterMsg {

    /**
     * Adds to the count.
     *
     * @param by how much
     */
    record Increment(long by) implements CounterMsg {}

    /** Asks for the count. */
    record Get() implements CounterMsg, Request<Long> {}

    /**
     * Makes the counter fail, to show what the runtime reports.
     *
     * @param why the failure's message
     */
    record Crash(String why) implements CounterMsg {}
}
