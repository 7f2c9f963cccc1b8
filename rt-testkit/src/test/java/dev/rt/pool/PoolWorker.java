package dev.rt.pool;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A pool worker with a hand-written descriptor of the generated shape. */
final class PoolWorker implements Actor<PoolWorker.Msg> {

    sealed interface Msg {}

    record Add(long n) implements Msg {}

    record Count() implements Msg, Request<Long> {}

    /** Replies with the worker's name. */
    record WhoAmI() implements Msg, Request<String> {}

    record Crash(String why) implements Msg {}

    record Keyed(String key) implements Msg {}

    record Keys() implements Msg, Request<List<String>> {}

    record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}

    /** How often each worker (by name) has started; shared with the test thread. */
    static final class Starts {
        final Map<String, AtomicInteger> byName = new ConcurrentHashMap<>();

        int of(String name) {
            AtomicInteger n = byName.get(name);
            return n == null ? 0 : n.get();
        }
    }

    private final Starts starts;
    private String name;
    private long count;
    private final List<String> keys = new ArrayList<>();

    PoolWorker(Starts starts) {
        this.starts = starts;
    }

    PoolWorker() {
        this(new Starts());
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        name = context.self().name();
        starts.byName.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    }

    static final class PoolWorkerDescriptor implements BehaviorDescriptor<PoolWorker, Msg> {
        static final PoolWorkerDescriptor INSTANCE = new PoolWorkerDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(PoolWorker actor, Msg message, ActorContext<Msg> context,
                Replier replier) throws Exception {
            switch (message) {
                case Add m -> actor.count += m.n();
                case Count m -> replier.reply(actor.count);
                case WhoAmI m -> replier.reply(actor.name);
                case Crash m -> throw new IllegalStateException(m.why());
                case Keyed m -> actor.keys.add(m.key());
                case Keys m -> replier.reply(List.copyOf(actor.keys));
                case Block m -> {
                    m.entered().countDown();
                    if (!m.release().await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("test never released the worker");
                    }
                }
            }
        }
    }
}
