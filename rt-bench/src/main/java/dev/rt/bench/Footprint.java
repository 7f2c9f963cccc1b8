package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.bench.vt.VtActor;
import dev.rt.bench.vt.VtDriver;
import dev.rt.bench.vt.VtIdle;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Memory per idle actor: spawns {@code count} actors that do nothing, as children of one parent,
 * waits until all have started, and divides the growth of the heap after a full GC by {@code
 * count}. The heap is measured the same way before the actors exist (system and parent already
 * up) and after, so the system's own fixed cost is left out. Not a JMH benchmark: run it in a
 * fresh JVM per runtime ({@code java ... dev.rt.bench.Footprint rt 1000000}); {@link Suite} does.
 *
 * <p>Two shapes: {@code idle}, actors that have started and were never sent anything, and {@code
 * messaged}, actors that have also handled one message each. They differ for RT, whose actor
 * creates its mailbox's queue with the first message it is sent; Pekko creates its mailbox at
 * spawn.
 *
 * <p>What counts for RT: the cell, its reference, its mailbox (an MPSC queue with its first
 * chunk, once messaged), the behavior instance, its name, and its entry in the parent's map of
 * children. For Pekko: the same, in Pekko's shape (actor cell, mailbox, typed adapter, path). For
 * virtual threads ({@code vt}, {@link dev.rt.bench.vt}): the actor object, its {@code
 * LinkedTransferQueue} with the node its parked {@code take()} waits on, its virtual thread
 * (the {@code Thread} object, its continuation and the stack chunk that holds its frames while
 * it is parked, all on the heap), and its entry in the parent executor's set of live threads.
 */
public final class Footprint {

    private Footprint() {}

    /**
     * Measures one runtime and prints one line of JSON.
     *
     * @param args {@code rt}, {@code pekko} or {@code vt}, the number of actors, and optionally the shape,
     *     {@code idle} (the default) or {@code messaged}
     * @throws Exception if the measurement fails
     */
    public static void main(String[] args) throws Exception {
        String runtime = args[0];
        int count = Integer.parseInt(args[1]);
        String shape = args.length > 2 ? args[2] : "idle";
        boolean messaged = switch (shape) {
            case "idle" -> false;
            case "messaged" -> true;
            default -> throw new IllegalArgumentException("shape: idle or messaged, not " + shape);
        };
        double bytes = measure(runtime, count, messaged);
        System.out.println(json(runtime, count, shape, bytes));
        System.exit(0);
    }

    /**
     * {@return the line of JSON that reports one measurement}
     *
     * @param runtime {@code rt}, {@code pekko} or {@code vt}
     * @param count the number of actors
     * @param shape {@code idle} or {@code messaged}
     * @param bytesPerActor the result
     */
    public static String json(String runtime, int count, String shape, double bytesPerActor) {
        return String.format(Locale.ROOT, "{\"runtime\":\"%s\",\"shape\":\"%s\","
                + "\"actors\":%d,\"bytesPerActor\":%.1f}", runtime, shape, count, bytesPerActor);
    }

    /**
     * Measures the heap per idle actor, in this JVM.
     *
     * @param runtime {@code rt}, {@code pekko} or {@code vt}
     * @param count how many actors
     * @param messaged whether each actor handles one message before the heap is measured
     * @return bytes per actor
     * @throws Exception if the measurement fails
     */
    public static double measure(String runtime, int count, boolean messaged) throws Exception {
        return switch (runtime) {
            case "rt" -> measureRt(count, messaged);
            case "pekko" -> measurePekko(count, messaged);
            case "vt" -> measureVt(count, messaged);
            default -> throw new IllegalArgumentException("runtime: rt, pekko or vt, not "
                    + runtime);
        };
    }

    private static double measureRt(int count, boolean messaged) throws Exception {
        try (ActorSystem system = ActorSystem.create("footprint")) {
            DriverHandle parent = DriverHandle.spawn(system, "parent", Driver::new);
            warmUpRt(parent);
            long before = usedHeapAfterGc();
            CountDownLatch started = new CountDownLatch(count);
            Idle.started = started;
            Idle.pokeSelf = messaged;
            Supplier<Idle> factory = Idle::new;
            parent.run(ctx -> {
                for (int i = 0; i < count; i++) {
                    IdleHandle.spawn(ctx, "a" + i, factory);
                }
            });
            await(started);
            long after = usedHeapAfterGc();
            return (after - before) / (double) count;
        }
    }

    /** Spawns and stops a few actors first, so that class loading is not counted. */
    private static void warmUpRt(DriverHandle parent) throws Exception {
        CountDownLatch started = new CountDownLatch(100);
        Idle.started = started;
        parent.run(ctx -> {
            for (int i = 0; i < 100; i++) {
                ctx.stop(IdleHandle.spawn(ctx, "warm-" + i, Idle::new).ref());
            }
        });
        await(started);
    }

    private static double measurePekko(int count, boolean messaged) throws Exception {
        var system = Pekko.start("footprint");
        try {
            CountDownLatch parentStopped = new CountDownLatch(1);
            var parent = Pekko.spawn(system,
                    PekkoActors.Driver.create(parentStopped::countDown), "parent");
            CountDownLatch warm = new CountDownLatch(100);
            PekkoActors.Idle.started = warm;
            parent.tell(new PekkoActors.Driver.Run(ctx -> {
                for (int i = 0; i < 100; i++) {
                    ctx.stop(ctx.spawn(PekkoActors.Idle.BEHAVIOR, "warm-" + i));
                }
            }));
            await(warm);
            long before = usedHeapAfterGc();
            CountDownLatch started = new CountDownLatch(count);
            PekkoActors.Idle.started = started;
            PekkoActors.Idle.pokeSelf = messaged;
            parent.tell(new PekkoActors.Driver.Run(ctx -> {
                for (int i = 0; i < count; i++) {
                    ctx.spawn(PekkoActors.Idle.BEHAVIOR, "a" + i);
                }
            }));
            await(started);
            long after = usedHeapAfterGc();
            return (after - before) / (double) count;
        } finally {
            Pekko.stop(system);
        }
    }

    /**
     * Virtual threads: {@code count} {@link VtIdle} actors started by one {@link VtDriver}
     * parent, each then blocked in {@code take()} on its empty mailbox. At the end the parent is
     * stopped, which interrupts them all, and the executor waits until every thread has ended.
     */
    private static double measureVt(int count, boolean messaged) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            VtDriver parent = VtActor.start(executor,
                    new VtDriver(Thread.ofVirtual().factory(), () -> { }));
            try {
                warmUpVt(parent);
                long before = usedHeapAfterGc();
                CountDownLatch started = new CountDownLatch(count);
                VtIdle.started = started;
                VtIdle.pokeSelf = messaged;
                parent.tell(new VtDriver.Msg.Run(children -> {
                    for (int i = 0; i < count; i++) {
                        VtActor.start(children, new VtIdle());
                    }
                }));
                await(started);
                long after = usedHeapAfterGc();
                return (after - before) / (double) count;
            } finally {
                parent.tell(VtDriver.Msg.Stop.INSTANCE);
            }
        }
    }

    /**
     * Starts a few actors first, each handling one message, so that class loading is not
     * counted; they stay, parked, in the heap measured before.
     */
    private static void warmUpVt(VtDriver parent) throws Exception {
        CountDownLatch started = new CountDownLatch(100);
        VtIdle.started = started;
        VtIdle.pokeSelf = true;
        parent.tell(new VtDriver.Msg.Run(children -> {
            for (int i = 0; i < 100; i++) {
                VtActor.start(children, new VtIdle());
            }
        }));
        await(started);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(latch.getCount() + " actors did not start");
        }
    }

    /** The used heap after full GCs, once it stops shrinking. */
    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
