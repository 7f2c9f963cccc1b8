package dev.rt.samples;

/** Prints the samples' narration, one whole line at a time, from any thread. */
public final class Console {

    private Console() {}

    /**
     * Prints a formatted line.
     *
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public static void say(String format, Object... args) {
        String line = String.format(format, args);
        synchronized (System.out) {
            System.out.println(line);
        }
    }
}
