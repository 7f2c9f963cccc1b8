package dev.rt.samples.files;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.Console;

/** Parses one kind of file; a corrupt file makes it fail. */
@ActorBehavior
public final class FileProcessor implements Actor<FileMsg> {

    private final String kind;
    private int records;

    /**
     * Creates a processor.
     *
     * @param kind the kind of file it parses
     */
    public FileProcessor(String kind) {
        this.kind = kind;
    }

    void on(FileMsg.Process m) {
        if (m.content().contains("\u0000")) {
            throw new IllegalArgumentException(m.name() + " is corrupt: it holds a NUL byte");
        }
        int lines = m.content().split("\n").length;
        records += lines;
        Console.say("  %s: processed %s (%d %s)", kind, m.name(), lines,
                lines == 1 ? "record" : "records");
    }

    int on(FileMsg.Records m) {
        return records;
    }
}
