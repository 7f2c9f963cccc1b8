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
 * Runs the whole side-by-side suite, RT against Pekko and plain virtual threads, and writes one
 * JSON file with every result: the JMH benchmarks (with JMH's GC profiler, for the bytes
 * allocated per operation, and every fork's iterations, for the spread across forks), the memory
 * per actor ({@link Footprint}, one fresh JVM per runtime), the latency percentiles under load
 * ({@code Latency}, one fresh JVM per runtime), and the headline benchmarks again under a fixed
 * background load ({@link BackgroundLoad}). {@code scripts/bench/report.py} turns that file into
 * the tables of {@code docs/benchmarks.md} and the charts; {@code scripts/bench/run-suite.sh}
 * runs both.
 *
 * <pre>{@code
 * java -cp ... dev.rt.bench.Suite --out rt-bench/results/results.json [--mode full|quick] \
 *     [--forks N] [--warmups N] [--warmup-time S] [--iterations N] [--time S] \
 *     [--include REGEX] [--loaded REGEX|none] [--footprint-actors 1000000] \
 *     [--latency-seconds S|0] [--command "..."] [--note "..."]
 * }</pre>
 *
 * <p><b>Modes.</b> {@code full} (the default) runs each benchmark in {@value #FULL_FORKS} JVM
 * forks of {@value #FULL_WARMUPS} warm-up and {@value #FULL_ITERATIONS} measured iterations of
 * {@value #FULL_TIME} s: the report ranks each ratio by its worst and best fork, so a row is
 * "met" only when every fork of RT beats every fork of Pekko by the target. The rest of Savina
 * ({@link #SAVINA_REST_INCLUDE}), whose runs take up to seconds each, gets {@value #REST_FORKS}
 * forks of {@value #REST_WARMUPS} warm-up and {@value #REST_ITERATIONS} measured iterations.
 * {@code quick}, for development, runs one fork of short iterations and skips the loaded
 * variant, the footprint and the latency runs; its ratios are indications only. Explicit options
 * override the mode's (for the rest of Savina {@code --forks}, up to {@value #REST_FORKS},
 * {@code --warmup-time} and {@code --time}; its iteration counts are fixed).
 *
 * <p>The smoke run ({@link #smoke}) runs every benchmark once, in this JVM, with tiny sizes; the
 * test {@code BenchSmokeTest} calls it so that no benchmark can rot.
 */
public final class Suite {

    /** The core of the side-by-side suite: every benchmark but the rest of Savina. */
    public static final String CORE_INCLUDE = "dev\\.rt\\.bench\\.(TellBenchmark|SpawnBenchmark"
            + "|RequestReplyBenchmark|PubSubBenchmark|RegistryBenchmark|ScalingBenchmark"
            + "|RestartBenchmark|WakeUpBenchmark|CoreToCoreBenchmark|CacheLatencyBenchmark"
            + "|savina\\.SavinaBenchmark)"
            + "\\..*";

    /**
     * The rest of Savina ({@code dev.rt.bench.savina.<name>}): runs of 0.1 to 8 s each, so the
     * full mode gives them fewer forks ({@link #REST_FORKS}, of {@link #REST_WARMUPS} + {@link
     * #REST_ITERATIONS} iterations).
     */
    public static final String SAVINA_REST_INCLUDE =
            "dev\\.rt\\.bench\\.savina\\.[a-z]+\\.[A-Za-z]+Benchmark\\..*";

    /** The whole side-by-side suite. */
    public static final String SUITE_INCLUDE = "(" + CORE_INCLUDE + ")|(" + SAVINA_REST_INCLUDE
            + ")";

    /**
     * The remote benchmarks: two JVMs each, so not in the suite's default run; run them with
     * {@code --include} this pattern (see docs/benchmarks.md).
     */
    public static final String REMOTE_INCLUDE = "dev\\.rt\\.bench\\.remote\\..*";

    /**
     * The headline benchmarks, run a second time under {@link BackgroundLoad}: tell, ping-pong
     * and the Savina rows that stress the send path.
     */
    public static final String LOADED_INCLUDE = "dev\\.rt\\.bench\\.("
            + "TellBenchmark\\.(oneToOne|nToOne|pairs)|RequestReplyBenchmark\\.pingPong"
            + "|savina\\.SavinaBenchmark\\.(chameneos|big))(Rt|Pekko)$";

    /** Full mode: JVM forks per benchmark. */
    public static final int FULL_FORKS = 3;
    /**
     * Full mode: warm-up iterations per fork. Six, not three: tell from one sender to one actor,
     * in RT and through the raw queue alike, ran at a third to a half of its steady rate for the
     * first 3 to 8 seconds of a fork, so that three seconds of warm-up measured the climb.
     */
    public static final int FULL_WARMUPS = 6;
    /** Full mode: measured iterations per fork. */
    public static final int FULL_ITERATIONS = 3;
    /** Full mode: seconds per iteration, warm-up and measured. */
    public static final int FULL_TIME = 1;
    /** Full mode, the rest of Savina: forks per benchmark. */
    public static final int REST_FORKS = 2;
    /**
     * Full mode, the rest of Savina: warm-up iterations per fork. Five, not one: from a fresh
     * JVM, several of these rows ran two to ten times slower in their first second than in
     * their fifth, in both runtimes, so one second of warm-up measured the JIT's climb ("Warm-up
     * in the rest of Savina" in docs/benchmarks.md has the figures).
     */
    public static final int REST_WARMUPS = 5;
    /** Full mode, the rest of Savina: measured iterations per fork. */
    public static final int REST_ITERATIONS = 3;

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

        boolean quick = switch (opts.getOrDefault("mode", "full")) {
            case "full" -> false;
            case "quick" -> true;
            default -> throw new IllegalArgumentException("--mode is full or quick, got "
                    + opts.get("mode"));
        };
        int forks = Integer.parseInt(opts.getOrDefault("forks", quick ? "1" : "" + FULL_FORKS));
        int warmups = Integer.parseInt(opts.getOrDefault("warmups",
                quick ? "1" : "" + FULL_WARMUPS));
        int warmupTime = Integer.parseInt(opts.getOrDefault("warmup-time",
                quick ? "1" : "" + FULL_TIME));
        int iterations = Integer.parseInt(opts.getOrDefault("iterations",
                quick ? "2" : "" + FULL_ITERATIONS));
        int time = Integer.parseInt(opts.getOrDefault("time", quick ? "1" : "" + FULL_TIME));
        int footprintActors = Integer.parseInt(opts.getOrDefault("footprint-actors",
                quick ? "0" : "1000000"));
        int latencySeconds = Integer.parseInt(opts.getOrDefault("latency-seconds",
                quick ? "0" : "10"));
        String include = opts.get("include");
        String loaded = opts.getOrDefault("loaded", quick ? "none" : LOADED_INCLUDE);

        long start = System.nanoTime();
        String loadBefore = loadAverage();
        String jmhResults;
        if (include != null || quick) { // one pass with the settings above
            jmhResults = runJmh(include == null ? SUITE_INCLUDE : include, forks, warmups,
                    warmupTime, iterations, time, null);
        } else { // the core, then the rest of Savina in fewer forks
            jmhResults = concat(
                    runJmh(CORE_INCLUDE, forks, warmups, warmupTime, iterations, time, null),
                    runJmh(SAVINA_REST_INCLUDE, Math.min(forks, REST_FORKS), REST_WARMUPS,
                            warmupTime, REST_ITERATIONS, time, null));
        }
        String loadedResults = "[]";
        if (!loaded.equals("none")) {
            try (BackgroundLoad background = BackgroundLoad.start()) {
                loadedResults = runJmh(loaded, forks, warmups, warmupTime, iterations, time,
                        background.description());
            }
        }

        List<String> footprint = new ArrayList<>();
        if (footprintActors > 0) {
            for (String shape : List.of("idle", "messaged")) {
                for (String runtime : List.of("rt", "pekko", "vt")) {
                    footprint.add(lineOfFreshJvm("footprint", Footprint.class.getName(),
                            "{\"runtime\"", runtime, Integer.toString(footprintActors), shape));
                }
            }
        }
        List<String> latency = new ArrayList<>();
        if (latencySeconds > 0) {
            // the default load (4 busy pairs: more than the cores), then 1 pair (a core to spare)
            for (String pairs : List.of("4", "1")) {
                for (String runtime : List.of("rt", "pekko")) {
                    latency.add(lineOfFreshJvm("latency", Latency.class.getName(), "{\"runtime\"",
                            runtime, Integer.toString(Math.max(1, latencySeconds / 2)),
                            Integer.toString(latencySeconds), "50", pairs));
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
        meta.put("cpu", cpuModel());
        meta.put("pekko", PEKKO_VERSION);
        meta.put("mode", quick ? "quick" : "full");
        meta.put("jmh", String.format(Locale.ROOT, "forks=%d, warmup=%dx%ds, measurement=%dx%ds,"
                + " GC profiler", forks, warmups, warmupTime, iterations, time)
                + (include != null || quick ? "" : String.format(Locale.ROOT, "; the rest of"
                + " Savina: forks=%d, warmup=%dx%ds, measurement=%dx%ds", Math.min(forks,
                REST_FORKS), REST_WARMUPS, warmupTime, REST_ITERATIONS, time)));
        meta.put("loaded", loaded.equals("none") ? "" : BackgroundLoad.DESCRIPTION);
        meta.put("seconds", Long.toString(seconds));
        // what each tell of the Tell rows sends: since change 24 one shared Hit in every case
        meta.put("tellMessage", "shared");
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
        json.append(String.join(",\n    ", footprint));
        json.append("],\n  \"latency\": [");
        json.append(String.join(",\n    ", latency));
        json.append("],\n  \"jmh\": ");
        json.append(jmhResults);
        json.append(",\n  \"jmhLoaded\": ");
        json.append(loadedResults);
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
                .param("cacheKilobytes", "64")
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
                // the rest of Savina: dev.rt.bench.savina.<name>
                .param("fibN", "10")
                .param("logmapTerms", "500")
                .param("logmapSeries", "4")
                .param("dictionaryWorkers", "4")
                .param("dictionaryMessages", "200")
                .param("dictionaryDataLimit", "1000")
                .param("sortedListWorkers", "4")
                .param("sortedListMessages", "200")
                .param("prodConsBuffer", "10")
                .param("prodConsProducers", "4")
                .param("prodConsConsumers", "4")
                .param("prodConsItems", "20")
                .param("prodConsProdCost", "1")
                .param("prodConsConsCost", "1")
                .param("sieveN", "2000")
                .param("sieveM", "20")
                .param("recMatMulWorkers", "4")
                .param("recMatMulN", "64")
                .param("recMatMulThreshold", "256")
                .param("quicksortN", "5000")
                .param("quicksortThreshold", "512")
                .param("apspN", "40")
                .param("apspBlock", "10")
                .param("sorSize", "8")
                .param("sorIterations", "10")
                .param("astarWorkers", "4")
                .param("astarThreshold", "64")
                .param("astarGridSize", "10")
                .param("nqueensN", "8")
                .param("nqueensThreshold", "3")
                .param("nqueensWorkers", "4")
                .param("philosopherN", "5")
                .param("philosopherM", "100")
                .param("barberN", "100")
                .param("barberW", "20")
                .param("barberApr", "100")
                .param("barberAhr", "100")
                .param("cigsmokR", "100")
                .param("cigsmokS", "10")
                .param("radixSortN", "1000")
                .param("radixSortM", "65536")
                .param("filterBankSimulations", "300")
                .param("filterBankColumns", "32")
                .param("filterBankChannels", "2")
                .param("trapezoidN", "10000")
                .param("trapezoidW", "4")
                .build();
        return new Runner(options).run();
    }

    /**
     * Runs the benchmarks that {@code include} matches and returns JMH's JSON results (every
     * fork's iterations are in each result's {@code rawData}).
     */
    private static String runJmh(String include, int forks, int warmups, int warmupTime,
            int iterations, int time, String backgroundLoad) throws Exception {
        Path jmhJson = Files.createTempFile("rt-bench-jmh", ".json");
        try {
            ChainedOptionsBuilder jmh = new OptionsBuilder()
                    .include(include)
                    .forks(forks)
                    .warmupIterations(warmups)
                    .warmupTime(TimeValue.seconds(warmupTime))
                    .measurementIterations(iterations)
                    .measurementTime(TimeValue.seconds(time))
                    // a fixed heap, touched at start: a run must not measure the kernel zeroing
                    // fresh pages as the young generation grows, nor a heap that grows, whose new
                    // pages the pre-touch then zeroes inside a collection's pause (seconds here;
                    // "Bimodal forks" in docs/benchmarks.md)
                    .jvmArgsAppend("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch")
                    .addProfiler(GCProfiler.class)
                    .resultFormat(ResultFormatType.JSON)
                    .result(jmhJson.toString());
            if (backgroundLoad != null) {
                System.out.println("under background load: " + backgroundLoad);
            }
            new Runner(jmh.build()).run();
            return Files.readString(jmhJson, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(jmhJson);
        }
    }

    /** {@return two JSON arrays of JMH results as one} */
    private static String concat(String a, String b) {
        String left = a.strip();
        String right = b.strip();
        left = left.substring(left.indexOf('[') + 1, left.lastIndexOf(']')).strip();
        right = right.substring(right.indexOf('[') + 1, right.lastIndexOf(']')).strip();
        String sep = left.isEmpty() || right.isEmpty() ? "" : ",\n";
        return "[\n" + left + sep + right + "\n]";
    }

    /**
     * Runs {@code main} in a fresh JVM with the suite's class path and returns the last line of
     * its output that starts with {@code prefix}: the run's JSON result.
     */
    private static String lineOfFreshJvm(String what, String main, String prefix, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms1g", "-Xmx6g", "-cp",
                System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line = null;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith(prefix)) {
                    line = l;
                }
            }
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException("the " + what + " run " + String.join(" ", args)
                    + " failed (exit " + p.exitValue() + ")");
        }
        System.out.println(what + ": " + line);
        return line;
    }

    /**
     * {@return the host's processor as Linux names it, or "?"}: two runs on hosts of one name
     * can still differ (a virtual machine's neighbours, its cores' wake-up), but runs on hosts of
     * two names are not two runs of one machine.
     */
    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
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
