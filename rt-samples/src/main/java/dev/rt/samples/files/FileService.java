package dev.rt.samples.files;

import dev.rt.annotation.Child;
import dev.rt.annotation.Strategy;
import dev.rt.annotation.Supervisor;

/** One processor per kind of file; one bad file restarts only its own processor. */
@Supervisor(strategy = Strategy.ONE_FOR_ONE, intensity = 3, periodSeconds = 60)
public abstract class FileService {

    /** Creates the tree's factories. */
    protected FileService() {}

    @Child
    FileProcessor csv() {
        return new FileProcessor("csv");
    }

    @Child
    FileProcessor json() {
        return new FileProcessor("json");
    }
}
