package dev.rt.bench.savina.sortedlist;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.savina.PekkoWorkersDone;
import dev.rt.bench.savina.WorkersDone;
import dev.rt.bench.savina.WorkersDoneHandle;
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
 * Savina Concurrent Sorted Linked List (Imam and Sarkar, "Savina - An Actor Benchmark Suite",
 * AGERE 2014), RT against Pekko, with Savina's defaults ({@code SortedListConfig}) but one:
 * 20 workers, 10% of the requests writes and 1% size queries, the rest lookups, against one
 * actor holding a sorted linked list with the costs of Savina's (a lookup walks the list, a size
 * counts it); and 2,000 requests per worker where Savina has 8,000. The work grows with the
 * square of the requests (every lookup walks a list that every write lengthens), and at 8,000 one
 * run took 40 to 95 s on the suite's 2-core machine, in either runtime: too long for forks of
 * repeated iterations. Pass {@code -p sortedListMessages=8000} for Savina's size.
 *
 * <p>Each worker sends one request, waits for its reply and sends the next, drawing from Savina's
 * 16-bit generator seeded as Savina's ({@code id + messages + writePercent + sizePercent}). A
 * request carries where its reply goes: in RT the worker's handle (docs/messaging.md, "Handles in
 * messages"), in Pekko the worker's reference as its {@code replyTo}. Both send the same
 * messages: request, reply.
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the list actor, the master and the
 * workers (Savina's master spawns them at the top level) and starts the workers. A worker stops
 * after its last reply and tells the master, which, once all are done, ends the list actor and
 * stops. One operation ends when every actor has stopped ({@code postStop}, Pekko: {@code
 * PostStop}); then the list actor's report is checked: every request answered, as many writes as
 * the workers' random streams make, that many elements, in ascending order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SortedListBenchmark {

    /** Workers. */
    @Param({"20"})
    public int sortedListWorkers;
    /** Requests per worker. */
    @Param({"2000"})
    public int sortedListMessages;
    /** The share of writes among the requests, in percent. */
    @Param({"10"})
    public int sortedListWritePercent;
    /** The share of size queries among the requests, in percent. */
    @Param({"1"})
    public int sortedListSizePercent;

    private final AtomicReference<SortedListReport> report = new AtomicReference<>();
    private int expectedWrites;

    /** Creates the benchmark; JMH instantiates it. */
    public SortedListBenchmark() {}

    /**
     * {@return a worker's random seed, as Savina's}
     *
     * @param id the worker's number
     * @param numMessages requests per worker
     * @param writePercent the share of writes, in percent
     * @param sizePercent the share of size queries, in percent
     */
    static long seed(int id, int numMessages, int writePercent, int sizePercent) {
        return id + numMessages + writePercent + sizePercent;
    }

    /** Counts the writes the workers' random streams will make. */
    @Setup(Level.Trial)
    public void expect() {
        int writes = 0;
        for (int id = 0; id < sortedListWorkers; id++) {
            SmallRandom random = new SmallRandom(seed(id, sortedListMessages,
                    sortedListWritePercent, sortedListSizePercent));
            for (int i = 0; i < sortedListMessages; i++) {
                int draw = random.nextInt(100);
                if (draw >= sortedListSizePercent) {
                    if (draw < sortedListSizePercent + sortedListWritePercent) {
                        writes++;
                    }
                    random.nextInt();
                }
            }
        }
        expectedWrites = writes;
    }

    /**
     * RT: Concurrent Sorted Linked List.
     *
     * @param s the system
     */
    @Benchmark
    public void sortedListRt(RtState s) {
        int w = sortedListWorkers;
        int m = sortedListMessages;
        int wp = sortedListWritePercent;
        int sp = sortedListSizePercent;
        report.set(null);
        s.run(w + 2, ctx -> {
            SortedListHandle list = SortedListHandle.spawn(ctx, s.name("list"),
                    () -> new SortedList(report, s.done));
            WorkersDoneHandle master = WorkersDoneHandle.spawn(ctx, s.name("master"),
                    () -> new WorkersDone(w, list::end, s.done));
            for (int i = 0; i < w; i++) {
                int id = i;
                SortedListWorkerHandle.spawn(ctx, s.name("worker"), () -> new SortedListWorker(
                        master, list, id, m, wp, sp, s.done)).doWork();
            }
        });
        check();
    }

    /**
     * Pekko: Concurrent Sorted Linked List.
     *
     * @param s the system
     */
    @Benchmark
    public void sortedListPekko(PekkoState s) {
        int w = sortedListWorkers;
        int m = sortedListMessages;
        int wp = sortedListWritePercent;
        int sp = sortedListSizePercent;
        report.set(null);
        s.run(w + 2, ctx -> {
            var list = ctx.spawn(PekkoSortedList.ListActor.create(report, s.done),
                    s.name("list"));
            var master = ctx.spawn(PekkoWorkersDone.create(w,
                    () -> list.tell(PekkoSortedList.ListActor.End.INSTANCE), s.done),
                    s.name("master"));
            for (int i = 0; i < w; i++) {
                ctx.spawn(PekkoSortedList.Worker.create(master, list, i, m, wp, sp, s.done),
                        s.name("worker")).tell(PekkoSortedList.Worker.DoWork.INSTANCE);
            }
        });
        check();
    }

    /** Fails the operation unless the list actor answered every request as expected. */
    private void check() {
        SortedListReport r = report.get();
        int requests = sortedListWorkers * sortedListMessages;
        if (r == null || r.requests() != requests || r.writes() != expectedWrites
                || r.size() != expectedWrites || !r.sorted()) {
            throw new IllegalStateException("Concurrent Sorted Linked List: expected " + requests
                    + " requests and " + expectedWrites + " writes, as many elements, sorted;"
                    + " the list actor reported " + r);
        }
    }
}
