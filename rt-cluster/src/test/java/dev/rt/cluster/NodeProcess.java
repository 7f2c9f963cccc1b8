package dev.rt.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A cluster node in a JVM of its own, for the multi-process tests: started with this JVM's class
 * path, its PID recorded and printed, its output echoed with a prefix and kept for {@link
 * #await}, commands written to its standard input one per line. {@link #close()} ends it on every
 * path (a test closes its processes in a {@code finally} or with try-with-resources), and every
 * wait is bounded.
 *
 * <p>Threading: the test's thread calls every method; one daemon thread per process reads its
 * output.
 */
final class NodeProcess implements AutoCloseable {

    /** How long a process may take to answer a command or reach a state. */
    static final long WAIT_SECONDS = 60;

    private final String name;
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Lines read and not yet returned by {@link #await}; the test's thread only. */
    private final List<String> seen = new ArrayList<>();

    private NodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("[" + name + " " + process.pid() + "] " + line);
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process has gone
            }
        }, "node-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} in a new JVM on this class path, bound to IPv4 loopback.
     *
     * @param name for the output's prefix
     * @param main the main class
     * @param args its arguments
     * @return the process
     * @throws IOException if it cannot start
     */
    static NodeProcess start(String name, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Djava.net.preferIPv4Stack=true",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        System.out.println("started " + name + ": pid " + p.pid());
        return new NodeProcess(name, p);
    }

    /** {@return the process's PID} */
    long pid() {
        return process.pid();
    }

    /**
     * Waits for a line of output that starts with {@code prefix}: the earliest such line not
     * returned before, whether it came before this call or comes later. Lines that other waits
     * look for stay available to them, in whatever order the process printed them.
     *
     * @param prefix such as {@code READY}
     * @return the line
     * @throws AssertionError if none comes within {@link #WAIT_SECONDS}, or the process ends
     */
    String await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            for (int i = 0; i < seen.size(); i++) {
                if (seen.get(i).startsWith(prefix)) {
                    return seen.remove(i);
                }
            }
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(Math.min(left, TimeUnit.SECONDS.toNanos(1)),
                    TimeUnit.NANOSECONDS);
            if (line != null) {
                seen.add(line);
            } else if (left <= 0 || !process.isAlive() && lines.isEmpty()) {
                throw new AssertionError(name + " printed no line starting with '" + prefix
                        + "'" + (process.isAlive() ? " in " + WAIT_SECONDS + " s" : "; it ended"));
            }
        }
    }

    /**
     * {@return the earliest line not returned before that starts with {@code prefix}, or null if
     * none has come yet} Does not wait.
     *
     * @param prefix such as {@code EVENT unreachable}
     */
    String poll(String prefix) {
        for (String line; (line = lines.poll()) != null; ) {
            seen.add(line);
        }
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).startsWith(prefix)) {
                return seen.remove(i);
            }
        }
        return null;
    }

    /**
     * Waits until one of {@code processes} prints a line that starts with {@code prefix}.
     *
     * @return the line
     * @throws AssertionError if none does within {@link #WAIT_SECONDS}
     */
    static String awaitAny(String prefix, NodeProcess... processes)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() - deadline < 0) {
            for (NodeProcess p : processes) {
                String line = p.poll(prefix);
                if (line != null) {
                    return line;
                }
            }
            // A bounded pause: waits for the first process's next line, and keeps it.
            String line = processes[0].lines.poll(10, TimeUnit.MILLISECONDS);
            if (line != null) {
                processes[0].seen.add(line);
            }
        }
        throw new AssertionError("no process printed a line starting with '" + prefix + "'");
    }

    /**
     * Sends a command line, then waits for its answer: the next line starting with {@code
     * answer}.
     *
     * @param command the command
     * @param answer the answer's first word
     * @return the answer's line
     */
    String ask(String command, String answer) throws IOException, InterruptedException {
        send(command);
        return await(answer);
    }

    /** Writes a command line to the process's input. */
    void send(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
    }

    /** Kills the process at once ({@code SIGKILL}) and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end after SIGKILL");
        }
    }

    /** Freezes the process ({@code SIGSTOP}): it stays alive and answers nothing. */
    void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a frozen process run again ({@code SIGCONT}). */
    void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String which) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", which, Long.toString(process.pid())).start();
        if (!kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill " + which + " " + process.pid() + " failed");
        }
    }

    /** {@return whether the process is still running} */
    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * {@return the exit value, once the process has ended within the wait}
     *
     * @throws AssertionError if it is still running after {@link #WAIT_SECONDS}
     */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end within " + WAIT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Ends the process, however it is: thawed, then killed; waits for it. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                new ProcessBuilder("kill", "-CONT", Long.toString(process.pid())).start()
                        .waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException ignored) {
            // killing it below is what matters
        }
        process.destroyForcibly();
        try {
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return a free loopback port pair for a node: {@link ClusterConfig#freeLoopbackPort}} */
    static int freePort() throws IOException {
        return ClusterConfig.freeLoopbackPort();
    }
}
