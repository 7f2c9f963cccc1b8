package dev.rt.leak;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what a leak would grow: the heap that survives a full collection, the live threads,
 * and whether sampled objects that should be garbage were collected.
 */
final class Footprint {

    private Footprint() {}

    /** {@return the heap in use after full collections, in bytes} */
    static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc(); // a full, stop-the-world collection with G1's defaults
            Runtime runtime = Runtime.getRuntime();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /** {@return the number of live threads in the JVM} */
    static int threads() {
        return Thread.activeCount();
    }

    /**
     * {@return the number of live threads in the JVM but the workers of a system's pool} A pool
     * starts its workers on demand, up to its parallelism, so whether the second of two has
     * started by a given moment depends on scheduling (an actor with more mail keeps its
     * carrier while nothing else waits, and then never wakes the other); the leak tests bound
     * the system's own threads, workers included, separately.
     *
     * @param system the system's name
     */
    static int threadsBesidesWorkers(String system) {
        return threads() - threadsNamed("rt-" + system + "-worker-").size();
    }

    /** {@return the live threads whose name starts with {@code prefix}} */
    static List<Thread> threadsNamed(String prefix) {
        List<Thread> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix) && t.isAlive()) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@return how many of {@code refs} still reach their object, after full collections} */
    static int stillReachable(List<? extends WeakReference<?>> refs) {
        heapAfterGc();
        int n = 0;
        for (WeakReference<?> r : refs) {
            if (r.get() != null) {
                n++;
            }
        }
        return n;
    }

    /** {@return bytes as mebibytes, for messages} */
    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
