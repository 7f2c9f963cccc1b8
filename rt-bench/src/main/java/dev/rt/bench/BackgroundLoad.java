package dev.rt.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed, reproducible background load for the suite's loaded variant: a separate JVM with one
 * thread per core, each busy for {@value #BUSY_MILLIS} ms (arithmetic that the JIT cannot drop)
 * and then parked for {@value #IDLE_MILLIS} ms, over and over. It takes about half of every core,
 * the same for each runtime, so that a benchmark run under it meets carriers that the operating
 * system preempts, as on a shared production machine.
 *
 * <p>Threads: {@link #start} and {@link #close} are called by the suite's thread; the load runs
 * in its own process, which {@link #close} ends (and a shutdown hook ends if the suite dies).
 */
public final class BackgroundLoad implements AutoCloseable {

    /** Milliseconds of work per cycle, per thread. */
    public static final int BUSY_MILLIS = 5;
    /** Milliseconds parked per cycle, per thread. */
    public static final int IDLE_MILLIS = 5;
    /** What the load is, for the results. */
    public static final String DESCRIPTION = "a separate JVM with one thread per core, each busy "
            + BUSY_MILLIS + " ms then parked " + IDLE_MILLIS + " ms in a loop (about half of"
            + " every core)";

    private final Process process;
    private final Thread hook;

    private BackgroundLoad(Process process) {
        this.process = process;
        this.hook = new Thread(process::destroyForcibly, "background-load-reaper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts the load in a fresh JVM with this JVM's class path.
     *
     * @return the running load; close it to end it
     * @throws IOException if the JVM cannot start
     */
    public static BackgroundLoad start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                BackgroundLoad.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        System.out.println("background load started: pid " + p.pid() + ", " + DESCRIPTION);
        return new BackgroundLoad(p);
    }

    /** {@return what the load is and its process id} */
    public String description() {
        return DESCRIPTION + ", pid " + process.pid();
    }

    /** Ends the load's process and waits for it to go. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /**
     * The load's process: one duty-cycling thread per core until killed.
     *
     * @param args none
     * @throws InterruptedException never in practice: the process is killed
     */
    public static void main(String[] args) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(BackgroundLoad::cycle, "load-" + i);
            t.setDaemon(false);
            t.start();
            all.add(t);
        }
        for (Thread t : all) {
            t.join();
        }
    }

    /** Busy, then parked, forever. */
    private static void cycle() {
        long busy = TimeUnit.MILLISECONDS.toNanos(BUSY_MILLIS);
        long idle = TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS);
        double x = 1.0;
        while (true) {
            long end = System.nanoTime() + busy;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1_000; i++) {
                    x = x * 1.000_000_1 + 1e-9;
                }
            }
            if (x == 0) {
                System.out.println(x); // never: keeps the work alive
            }
            LockSupport.parkNanos(idle);
        }
    }
}
