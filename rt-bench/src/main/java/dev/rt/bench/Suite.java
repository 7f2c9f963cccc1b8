package dev.rt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole side-by-side suite, RT against Pekko, and writes one JSON file with every
 * result: the JMH benchmarks (with JMH's GC profiler, for the bytes allocated per operation) and
 * the memory per idle actor ({@link Footprint}, one fresh JVM per runtime).
 * {@code scripts/bench/report.py} turns that file into the table of {@code docs/benchmarks.md}
 * and the charts. {@code scripts/bench/run-suite.sh} runs both.
 *
 * <pre>{@code
 * java -cp ... dev.rt.bench.Suite --out rt-bench/results/results.json \
 *     [--forks 1] [--warmups 3] [--warmup-time 1] [--iterations 5] [--time 2] \
 *     [--include REGEX] [--footprint-actors 1000000] [--command "..."] [--note "..."]
 * }</pre>
 *
 * <p>The smoke run ({@link #smoke}) runs every benchmark once, in this JVM, with tiny sizes; the
 * test {@code BenchSmokeTest} calls it so that no benchmark can rot.
 */
public final class Suite {

    /** The benchmarks of the side-by-side suite. */
    public static final String SUITE_INCLUDE = "dev\\.rt\\.bench\\.(TellBenchmark|SpawnBenchmark"
            + "|RequestReplyBenchmark|PubSubBenchmark|RegistryBenchmark|ScalingBenchmark"
            + "|RestartBenchmark|WakeUpBenchmark|savina\\.SavinaBenchmark)\\..*";

    /**
     * The remote benchmarks: two JVMs each, so not in the suite's default run; run them with
     * {@code --include} this pattern (see docs/benchmarks.md).
     */
    public static final String REMOTE_INCLUDE = "dev\\.rt\\.bench\\.remote\\..*";

    /** Pekko's version, as in the pom. */
    public static final String PEKKO_VERSION = "1.7.0";

    private Suite() {}

    /**
     * Runs the suite and writes its results.
     *
     * @param args see the class comment
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path out = Path.of(opts.getOrDefault("out", "rt-bench/results/results.json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path jmhJson = Files.createTempFile("rt-bench-jmh", ".json");

        int forks = Integer.parseInt(opts.getOrDefault("forks", "1"));
        int warmups = Integer.parseInt(opts.getOrDefault("warmups", "3"));
        int warmupTime = Integer.parseInt(opts.getOrDefault("warmup-time", "1"));
        int iterations = Integer.parseInt(opts.getOrDefault("iterations", "5"));
        int time = Integer.parseInt(opts.getOrDefault("time", "2"));
        int footprintActors = Integer.parseInt(opts.getOrDefault("footprint-actors", "1000000"));
        String include = opts.getOrDefault("include", SUITE_INCLUDE);

        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(include)
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(warmupTime))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(time))
                .jvmArgsAppend("-Xms1g", "-Xmx4g")
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(jmhJson.toString());
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        new Runner(jmh.build()).run();

        List<String> footprint = new ArrayList<>();
        if (footprintActors > 0) {
            for (String shape : List.of("idle", "messaged")) {
                for (String runtime : List.of("rt", "pekko")) {
                    footprint.add(footprintInFreshJvm(runtime, footprintActors, shape));
                }
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        meta.put("jdk", System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        meta.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        meta.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        meta.put("pekko", PEKKO_VERSION);
        meta.put("jmh", String.format(Locale.ROOT, "forks=%d, warmup=%dx%ds, measurement=%dx%ds,"
                + " GC profiler", forks, warmups, warmupTime, iterations, time));
        meta.put("seconds", Long.toString(seconds));
        meta.put("load", "1-minute load average " + loadBefore + " at the start, "
                + loadAverage() + " at the end (" + Runtime.getRuntime().availableProcessors()
                + " cores)");
        meta.put("command", opts.getOrDefault("command", ""));
        meta.put("note", opts.getOrDefault("note", ""));

        StringBuilder json = new StringBuilder("{\n  \"meta\": {");
        String sep = "\n";
        for (var e : meta.entrySet()) {
            json.append(sep).append("    ").append(quote(e.getKey())).append(": ")
                    .append(quote(e.getValue()));
            sep = ",\n";
        }
        json.append("\n  },\n  \"footprint\": [");
        json.append(String.join(",\n    ", footprint.isEmpty() ? List.of() : footprint));
        json.append("],\n  \"jmh\": ");
        json.append(Files.readString(jmhJson, StandardCharsets.UTF_8).strip());
        Files.deleteIfExists(jmhJson);
        json.append("\n}\n");
        Files.writeString(out, json.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " in " + seconds + " s");
    }

    /**
     * Runs every benchmark once, in this JVM: one single-shot iteration each, no warm-up, and tiny
     * sizes. For the smoke test; measures nothing worth reading.
     *
     * @param log where JMH's output goes
     * @return one result per benchmark and parameter set
     * @throws RunnerException if JMH fails
     */
    public static Collection<RunResult> smoke(Path log) throws RunnerException {
        System.setProperty("jmh.ignoreLock", "true"); // other JMH runs may hold the lock
        var options = new OptionsBuilder()
                .include(SUITE_INCLUDE)
                .include("dev\\.rt\\.bench\\.MonitorCostBenchmark\\..*")
                .include(REMOTE_INCLUDE)
                .forks(0)
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .warmupIterations(0)
                .measurementIterations(1)
                .shouldFailOnError(true)
                .output(log.toString())
                .param("total", "100000")
                .param("pingPongN", "100")
                .param("countingN", "1000")
                .param("threadRingN", "10")
                .param("threadRingR", "100")
                .param("fjThroughputA", "4")
                .param("fjThroughputN", "100")
                .param("fjCreateN", "100")
                .param("chameneosC", "10")
                .param("chameneosM", "100")
                .param("bigW", "10")
                .param("bigN", "100")
                .build();
        return new Runner(options).run();
    }

    private static String footprintInFreshJvm(String runtime, int actors, String shape)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xms1g", "-Xmx6g", "-cp",
                System.getProperty("java.class.path"), Footprint.class.getName(), runtime,
                Integer.toString(actors), shape)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line = null;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith("{\"runtime\"")) {
                    line = l;
                }
            }
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException("the footprint run of " + runtime + " (" + shape
                    + ") failed");
        }
        System.out.println("footprint: " + line);
        return line;
    }

    /** {@return the 1-minute load average of the machine, or "?" where it cannot be read} */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
