package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test behavior with a hand-written descriptor of the same shape as the generated ones, so the
 * runtime is tested without the processor.
 */
final class Counter implements Actor<Counter.Msg> {

    sealed interface Msg {}

    record Add(long n) implements Msg {}

    record Get() implements Msg, Request<Long> {}

    record Fail(String why) implements Msg {}

    record FailAsk(String why) implements Msg, Request<Long> {}

    record Later(CompletableFuture<String> result) implements Msg, Request<String> {}

    /** Records (sender, seq) pairs so tests can check per-sender order. */
    record Seq(int sender, int seq) implements Msg {}

    /** Blocks the actor's thread until {@code release} opens. */
    record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}

    record StopSelf() implements Msg {}

    long count;
    final List<int[]> seqs = new ArrayList<>();
    final Hooks hooks;

    Counter() {
        this(new Hooks());
    }

    Counter(Hooks hooks) {
        this.hooks = hooks;
    }

    /** Observes lifecycle hooks from the test thread. */
    static final class Hooks {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);
        volatile RuntimeException failOnStart;
        volatile Counter instance;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        hooks.instance = this;
        if (hooks.failOnStart != null) {
            throw hooks.failOnStart;
        }
        hooks.started.countDown();
    }

    @Override
    public void postStop() {
        hooks.stopped.countDown();
    }

    void on(Add m) {
        count += m.n();
    }

    long on(Get m) {
        return count;
    }

    void on(Fail m) {
        throw new IllegalStateException(m.why());
    }

    long on(FailAsk m) {
        throw new IllegalArgumentException(m.why());
    }

    CompletionStage<String> on(Later m) {
        return m.result();
    }

    void on(Seq m) {
        seqs.add(new int[] {m.sender(), m.seq()});
        count++;
    }

    void on(Block m) throws InterruptedException {
        m.entered().countDown();
        if (!m.release().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test never released the actor");
        }
    }

    void on(StopSelf m, ActorContext<Msg> context) {
        context.stop();
    }

    /** What the processor would generate for this behavior. */
    static final class CounterDescriptor implements BehaviorDescriptor<Counter, Msg> {
        static final CounterDescriptor INSTANCE = new CounterDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(Counter actor, Msg message, ActorContext<Msg> context, Replier replier)
                throws Exception {
            switch (message) {
                case Add m -> actor.on(m);
                case Get m -> replier.reply(actor.on(m));
                case Fail m -> actor.on(m);
                case FailAsk m -> replier.reply(actor.on(m));
                case Later m -> replier.replyLater(actor.on(m));
                case Seq m -> actor.on(m);
                case Block m -> actor.on(m);
                case StopSelf m -> actor.on(m, context);
            }
        }
    }

    static ActorRef<Msg> spawn(Spawner spawner, String name) {
        return spawner.spawn(name, Counter::new, CounterDescriptor.INSTANCE);
    }

    static ActorRef<Msg> spawn(Spawner spawner, String name, Hooks hooks) {
        return spawner.spawn(name, () -> new Counter(hooks), CounterDescriptor.INSTANCE);
    }
}
