package dev.rt.samples.workers;

import dev.rt.Request;

/** The protocol of {@link JobWorker}. */
public sealed interface JobMsg {

    /**
     * A job to run.
     *
     * @param number the job's number
     */
    record Run(int number) implements JobMsg {}

    /** Asks how many jobs this incarnation has completed. */
    record Done() implements JobMsg, Request<Integer> {}
}
