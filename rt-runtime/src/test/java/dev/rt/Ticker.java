package dev.rt;

import dev.rt.annotation.Priority;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A test behavior with timers, a priority message type and a journal of what it handled. */
final class Ticker implements Actor<Ticker.Msg> {

    sealed interface Msg {}

    record Periodic(Object key, Duration every) implements Msg, Request<Boolean> {}

    record Single(Object key, Duration after) implements Msg, Request<Boolean> {}

    record Cancel(Object key) implements Msg, Request<Boolean> {}

    record Tick(String label) implements Msg {}

    @Priority
    record Urgent(String label) implements Msg {}

    record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}

    record Crash() implements Msg {}

    record Seen() implements Msg, Request<List<String>> {}

    private final List<String> seen;
    private ActorContext<Msg> context;

    Ticker(List<String> seen) {
        this.seen = seen;
    }

    @Override
    public void preStart(ActorContext<Msg> ctx) {
        this.context = ctx;
    }

    static final class TickerDescriptor implements BehaviorDescriptor<Ticker, Msg> {
        static final TickerDescriptor INSTANCE = new TickerDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public boolean hasUrgentMessages() {
            return true;
        }

        @Override
        public boolean isUrgent(Msg message) {
            return message instanceof Urgent;
        }

        @Override
        public void dispatch(Ticker a, Msg message, ActorContext<Msg> context, Replier replier)
                throws Exception {
            switch (message) {
                case Periodic m -> {
                    a.context.timers().startPeriodic(m.key(), new Tick(String.valueOf(m.key())),
                            m.every());
                    replier.reply(true);
                }
                case Single m -> {
                    a.context.timers().startSingle(m.key(), new Tick(String.valueOf(m.key())),
                            m.after());
                    replier.reply(true);
                }
                case Cancel m -> {
                    a.context.timers().cancel(m.key());
                    replier.reply(a.context.timers().isActive(m.key()));
                }
                case Tick m -> a.seen.add("tick:" + m.label());
                case Urgent m -> a.seen.add("urgent:" + m.label());
                case Block m -> {
                    m.entered().countDown();
                    m.release().await(60, TimeUnit.SECONDS);
                }
                case Crash m -> throw new IllegalStateException("crash");
                case Seen m -> replier.reply(List.copyOf(a.seen));
            }
        }
    }

    static ActorRef<Msg> spawn(Spawner spawner, String name, List<String> seen) {
        return spawner.spawn(name, () -> new Ticker(seen), TickerDescriptor.INSTANCE);
    }

    static List<String> journal() {
        return new CopyOnWriteArrayList<>();
    }
}
