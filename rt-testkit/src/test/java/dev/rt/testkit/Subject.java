package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A behavior that does a bit of everything through its context, with a hand-written descriptor
 * of the generated shape: the subject of the testkit's own tests.
 */
class Subject implements Actor<Subject.Msg> {

    sealed interface Msg {}

    record Add(long n) implements Msg {}

    record Get() implements Msg, Request<Long> {}

    record Fail(String why) implements Msg {}

    record FailChecked(String why) implements Msg {}

    record FailAsk(String why) implements Msg, Request<Long> {}

    record Later(CompletableFuture<Long> reply) implements Msg, Request<Long> {}

    record SpawnChild(String name) implements Msg {}

    record StopChild(String name) implements Msg {}

    record Watch(ActorRef<?> ref) implements Msg {}

    record WatchWith(ActorRef<?> ref, String tag) implements Msg {}

    record Unwatch(ActorRef<?> ref) implements Msg {}

    record Tagged(String tag) implements Msg {}

    record StartTick(Duration interval) implements Msg {}

    record StartOnce(Duration delay) implements Msg {}

    record CancelTick() implements Msg {}

    record Tick() implements Msg {}

    record TellSelf(long n) implements Msg {}

    record StopSelf() implements Msg {}

    record Forward(ActorRef<String> to, String text) implements Msg {}

    /** Asks {@code to} for its count and replies with it plus one, once {@code to} answers. */
    record Relay(ActorRef<Msg> to) implements Msg, Request<Long> {}

    /** Sends itself another {@code Loop}, for ever. */
    record Loop() implements Msg {}

    /** Replies with the name of the thread that handles it. */
    record Where() implements Msg, Request<String> {}

    /** The lifecycle of every instance, shared with the test. */
    final List<String> journal;
    long count;
    int ticks;
    Terminated lastTerminated;
    String lastTag;
    private ActorContext<Msg> context;
    private final Map<String, ActorRef<Msg>> children = new HashMap<>();

    Subject(List<String> journal) {
        this.journal = journal;
    }

    Subject() {
        this(new CopyOnWriteArrayList<>());
    }

    @Override
    public void preStart(ActorContext<Msg> ctx) {
        this.context = ctx;
        journal.add("preStart");
    }

    @Override
    public void preRestart(Throwable cause) {
        journal.add("preRestart:" + cause.getMessage());
    }

    @Override
    public void postStop() {
        journal.add("postStop");
    }

    @Override
    public void onTerminated(Terminated terminated, ActorContext<Msg> ctx) {
        lastTerminated = terminated;
    }

    static final class SubjectDescriptor implements BehaviorDescriptor<Subject, Msg> {
        static final SubjectDescriptor INSTANCE = new SubjectDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(Subject a, Msg message, ActorContext<Msg> ctx, Replier replier)
                throws Exception {
            switch (message) {
                case Add m -> a.count += m.n();
                case Get m -> replier.reply(a.count);
                case Fail m -> throw new IllegalStateException(m.why());
                case FailChecked m -> throw new IOException(m.why());
                case FailAsk m -> throw new IllegalArgumentException(m.why());
                case Later m -> replier.replyLater((CompletionStage<Long>) m.reply());
                case SpawnChild m -> {
                    ActorRef<Msg> child = ctx.spawn(m.name(), Subject::new, INSTANCE);
                    a.children.put(m.name(), child);
                    child.tell(new Add(1));
                }
                case StopChild m -> ctx.stop(a.children.remove(m.name()));
                case Watch m -> ctx.watch(m.ref());
                case WatchWith m -> ctx.watchWith(m.ref(), new Tagged(m.tag()));
                case Unwatch m -> ctx.unwatch(m.ref());
                case Tagged m -> a.lastTag = m.tag();
                case StartTick m -> ctx.timers().startPeriodic("tick", new Tick(), m.interval());
                case StartOnce m -> ctx.timers().startSingle("once", new Add(10), m.delay());
                case CancelTick m -> ctx.timers().cancel("tick");
                case Tick m -> a.ticks++;
                case TellSelf m -> ctx.self().tell(new Add(m.n()));
                case StopSelf m -> ctx.stop();
                case Forward m -> m.to().tell(m.text());
                case Relay m -> replier.replyLater(m.to().ask(new Get(), Duration.ofDays(1))
                        .thenApply(n -> n + 1));
                case Loop m -> ctx.self().tell(m);
                case Where m -> replier.reply(Thread.currentThread().getName());
            }
        }
    }
}
