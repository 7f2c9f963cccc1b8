package dev.rt.samples.backpressure;

import dev.rt.Request;

/** The protocol of {@link Cruncher}. */
public sealed interface CrunchMsg {

    /**
     * A job.
     *
     * @param number the job's number
     */
    record Crunch(int number) implements CrunchMsg {}

    /** Asks how many jobs this worker has done. */
    record Done() implements CrunchMsg, Request<Integer> {}
}
