package dev.rt.supervision;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A supervised test worker that records its lifecycle in a shared journal. */
final class Worker implements Actor<Worker.Msg> {

    sealed interface Msg {}

    /** Replies with "id#incarnation:handled". */
    record Ping() implements Msg, Request<String> {}

    record Crash(String why) implements Msg {}

    record CrashAsk(String why) implements Msg, Request<String> {}

    /** Stops itself: a normal exit. */
    record Exit() implements Msg {}

    record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}

    /** A health request: answers whether {@link Journal#unhealthy} leaves this worker out. */
    record Health() implements Msg, Request<Boolean> {}

    /** Shared, thread-safe record of what every worker did. */
    static final class Journal {
        final List<String> events = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> incarnations = new ConcurrentHashMap<>();
        /** How many more starts of an id fail in preStart; negative: always. */
        final Map<String, AtomicInteger> failStarts = new ConcurrentHashMap<>();
        /** The ids whose preStart declines to start (StartIgnoredException). */
        final Set<String> declines = ConcurrentHashMap.newKeySet();
        /** The ids whose health request answers false. */
        final Set<String> unhealthy = ConcurrentHashMap.newKeySet();

        List<String> of(String prefix) {
            return events.stream().filter(e -> e.startsWith(prefix)).toList();
        }
    }

    private final String id;
    private final Journal journal;
    private int incarnation;
    private int handled;

    Worker(String id, Journal journal) {
        this.id = id;
        this.journal = journal;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        incarnation = journal.incarnations.computeIfAbsent(id, k -> new AtomicInteger())
                .incrementAndGet();
        if (journal.declines.contains(id)) {
            journal.events.add("decline:" + id);
            throw new StartIgnoredException(id + " is switched off");
        }
        AtomicInteger failing = journal.failStarts.get(id);
        if (failing != null && (failing.get() < 0 || failing.getAndDecrement() > 0)) {
            journal.events.add("failstart:" + id);
            throw new IllegalStateException("start of " + id + " fails");
        }
        journal.events.add("start:" + id);
    }

    @Override
    public void preRestart(Throwable cause) {
        journal.events.add("prerestart:" + id + ":" + (cause == null ? "-" : cause.getMessage()));
    }

    @Override
    public void postStop() {
        journal.events.add("stop:" + id);
    }

    String on(Ping m) {
        handled++;
        return id + "#" + incarnation + ":" + handled;
    }

    void on(Crash m) {
        throw new IllegalStateException(m.why());
    }

    String on(CrashAsk m) {
        throw new IllegalStateException(m.why());
    }

    void on(Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    void on(Block m) throws InterruptedException {
        m.entered().countDown();
        try {
            m.release().await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            journal.events.add("interrupted:" + id);
            throw e;
        }
    }

    boolean on(Health m) {
        return !journal.unhealthy.contains(id);
    }

    static final class WorkerDescriptor implements BehaviorDescriptor<Worker, Msg> {
        static final WorkerDescriptor INSTANCE = new WorkerDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(Worker actor, Msg message, ActorContext<Msg> context, Replier replier)
                throws Exception {
            switch (message) {
                case Ping m -> replier.reply(actor.on(m));
                case Crash m -> actor.on(m);
                case CrashAsk m -> replier.reply(actor.on(m));
                case Exit m -> actor.on(m, context);
                case Block m -> actor.on(m);
                case Health m -> replier.reply(actor.on(m));
            }
        }
    }

    /** The same worker, declared blocking: its turns run on virtual threads. */
    static final class BlockingWorkerDescriptor implements BehaviorDescriptor<Worker, Msg> {
        static final BlockingWorkerDescriptor INSTANCE = new BlockingWorkerDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public boolean blocking() {
            return true;
        }

        @Override
        public void dispatch(Worker actor, Msg message, ActorContext<Msg> context, Replier replier)
                throws Exception {
            WorkerDescriptor.INSTANCE.dispatch(actor, message, context, replier);
        }
    }

    static ChildSpec<Msg> blockingSpec(String id, Journal journal) {
        return ChildSpec.worker(id, () -> new Worker(id, journal),
                BlockingWorkerDescriptor.INSTANCE);
    }

    static ChildSpec<Msg> spec(String id, Journal journal) {
        return ChildSpec.worker(id, () -> new Worker(id, journal), WorkerDescriptor.INSTANCE);
    }
}
