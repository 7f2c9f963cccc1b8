package dev.rt.bench.savina.dictionary;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.savina.PekkoWorkersDone;
import dev.rt.bench.savina.WorkersDone;
import dev.rt.bench.savina.WorkersDoneHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Concurrent Dictionary (Imam and Sarkar, "Savina - An Actor Benchmark Suite", AGERE
 * 2014), RT against Pekko, with Savina's defaults ({@code DictionaryConfig}): 20 workers, 10,000
 * requests each, 10% of them writes, against one dictionary actor that starts with a copy of a map
 * of 524,287 entries (Savina's {@code DATA_LIMIT}, {@code Integer.MAX_VALUE / 4096}, every key
 * below it mapped to itself); the workers draw keys below that limit.
 *
 * <p>Each worker sends one request, waits for its reply and sends the next, from a {@link Random}
 * seeded as Savina's ({@code id + messages + writePercent}); the key is the drawn number modulo
 * the limit, made non-negative with {@link Math#floorMod} where Savina takes the absolute value.
 * A request carries where its reply goes: in RT the worker's handle (docs/messaging.md, "Handles
 * in messages"), in Pekko the worker's reference as its {@code replyTo}. Both send the same
 * messages: request, reply.
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the dictionary, the master and the
 * workers (Savina's master spawns them at the top level) and starts the workers. A worker stops
 * after its last reply and tells the master, which, once all are done, ends the dictionary and
 * stops. One operation ends when every actor has stopped ({@code postStop}, Pekko: {@code
 * PostStop}); then the dictionary's report is checked: every request answered, as many writes as
 * the workers' random streams make, and still as many entries as the limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryBenchmark {

    /** Workers. */
    @Param({"20"})
    public int dictionaryWorkers;
    /** Requests per worker. */
    @Param({"10000"})
    public int dictionaryMessages;
    /** The share of writes among the requests, in percent. */
    @Param({"10"})
    public int dictionaryWritePercent;
    /** The entries of the initial map; keys are drawn below it (Savina's DATA_LIMIT). */
    @Param({"524287"})
    public int dictionaryDataLimit;

    private final AtomicReference<DictionaryReport> report = new AtomicReference<>();
    private Map<Integer, Integer> initial;
    private int expectedWrites;

    /** Creates the benchmark; JMH instantiates it. */
    public DictionaryBenchmark() {}

    /**
     * {@return a worker's random seed, as Savina's}
     *
     * @param id the worker's number
     * @param numMessages requests per worker
     * @param writePercent the share of writes, in percent
     */
    static long seed(int id, int numMessages, int writePercent) {
        return id + numMessages + writePercent;
    }

    /**
     * Builds the initial map (every key below the limit mapped to itself), once, as Savina's
     * configuration does, and counts the writes the workers' random streams will make.
     */
    @Setup(Level.Trial)
    public void prepare() {
        initial = new HashMap<>(dictionaryDataLimit * 2);
        for (int k = 0; k < dictionaryDataLimit; k++) {
            initial.put(k, k);
        }
        int writes = 0;
        for (int id = 0; id < dictionaryWorkers; id++) {
            Random random = new Random(seed(id, dictionaryMessages, dictionaryWritePercent));
            for (int i = 0; i < dictionaryMessages; i++) {
                if (random.nextInt(100) < dictionaryWritePercent) {
                    writes++;
                    random.nextInt();
                }
                random.nextInt();
            }
        }
        expectedWrites = writes;
    }

    /**
     * RT: Concurrent Dictionary.
     *
     * @param s the system
     */
    @Benchmark
    public void dictionaryRt(RtState s) {
        int w = dictionaryWorkers;
        int m = dictionaryMessages;
        int wp = dictionaryWritePercent;
        int limit = dictionaryDataLimit;
        Map<Integer, Integer> data = initial;
        report.set(null);
        s.run(w + 2, ctx -> {
            DictionaryHandle dictionary = DictionaryHandle.spawn(ctx, s.name("dictionary"),
                    () -> new Dictionary(data, report, s.done));
            WorkersDoneHandle master = WorkersDoneHandle.spawn(ctx, s.name("master"),
                    () -> new WorkersDone(w, dictionary::end, s.done));
            for (int i = 0; i < w; i++) {
                int id = i;
                DictionaryWorkerHandle.spawn(ctx, s.name("worker"), () -> new DictionaryWorker(
                        master, dictionary, id, m, wp, limit, s.done)).doWork();
            }
        });
        check();
    }

    /**
     * Pekko: Concurrent Dictionary.
     *
     * @param s the system
     */
    @Benchmark
    public void dictionaryPekko(PekkoState s) {
        int w = dictionaryWorkers;
        int m = dictionaryMessages;
        int wp = dictionaryWritePercent;
        int limit = dictionaryDataLimit;
        Map<Integer, Integer> data = initial;
        report.set(null);
        s.run(w + 2, ctx -> {
            var dictionary = ctx.spawn(PekkoDictionary.Dict.create(data, report, s.done),
                    s.name("dictionary"));
            var master = ctx.spawn(PekkoWorkersDone.create(w,
                    () -> dictionary.tell(PekkoDictionary.Dict.End.INSTANCE), s.done),
                    s.name("master"));
            for (int i = 0; i < w; i++) {
                ctx.spawn(PekkoDictionary.Worker.create(master, dictionary, i, m, wp, limit,
                        s.done), s.name("worker")).tell(PekkoDictionary.Worker.DoWork.INSTANCE);
            }
        });
        check();
    }

    /** Fails the operation unless the dictionary answered every request as expected. */
    private void check() {
        DictionaryReport r = report.get();
        int requests = dictionaryWorkers * dictionaryMessages;
        if (r == null || r.reads() + r.writes() != requests || r.writes() != expectedWrites
                || r.size() != dictionaryDataLimit) {
            throw new IllegalStateException("Concurrent Dictionary: expected " + requests
                    + " requests, " + expectedWrites + " of them writes, and " + dictionaryDataLimit
                    + " entries; the dictionary reported " + r);
        }
    }
}
