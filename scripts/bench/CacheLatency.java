import java.util.Random;

/**
 * How long one dependent load takes on this machine, second by second, for a working set of a
 * given size: a single thread follows a random cycle through the set, one cache line a step, so
 * every load waits for the one before it. A set that fits a core's own caches shows the core's
 * speed; a set that only fits the last-level cache, which a virtual machine's host shares with
 * other tenants, shows how much of that cache this process gets from one second to the next
 * (docs/benchmarks.md, *Dining Philosophers' two speeds*).
 *
 * <p>Run with the JDK's source launcher, no build needed:
 *
 * <pre>java scripts/bench/CacheLatency.java KILOBYTES SECONDS</pre>
 *
 * It prints the nanoseconds per load of each second, on one line.
 */
public final class CacheLatency {

    private static final int INTS_PER_LINE = 16;

    private CacheLatency() {}

    /**
     * Runs the probe.
     *
     * @param args the working set in kilobytes, and how many seconds to measure
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java scripts/bench/CacheLatency.java KILOBYTES SECONDS");
            System.exit(2);
        }
        int kilobytes = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int[] next = cycle(kilobytes * 1024 / Integer.BYTES);
        int at = 0;
        StringBuilder line = new StringBuilder(kilobytes + " KB, ns per load:");
        for (int s = 0; s < seconds; s++) {
            long start = System.nanoTime();
            long loads = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                for (int i = 0; i < 10_000; i++) {
                    at = next[at];
                }
                loads += 10_000;
            }
            line.append(String.format(" %.1f", 1e9 / loads));
        }
        System.out.println(line + (at < 0 ? "" : "")); // reads the last load, so it is kept
    }

    /** {@return a random cycle through the first int of every cache line, fixed seed} */
    private static int[] cycle(int ints) {
        int lines = ints / INTS_PER_LINE;
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        Random random = new Random(1);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[ints];
        for (int i = 0; i < lines; i++) {
            next[order[i] * INTS_PER_LINE] = order[(i + 1) % lines] * INTS_PER_LINE;
        }
        return next;
    }
}
