package dev.rt.samples.files;

import dev.rt.Request;

/** The protocol of {@link FileProcessor}. */
public sealed interface FileMsg {

    /**
     * A file to process.
     *
     * @param name the file's name
     * @param content its content
     */
    record Process(String name, String content) implements FileMsg {}

    /** Asks how many records this incarnation has processed. */
    record Records() implements FileMsg, Request<Integer> {}
}
