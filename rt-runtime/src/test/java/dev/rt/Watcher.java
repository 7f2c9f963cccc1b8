package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test behavior that watches, spawns and stops other actors on command. */
class Watcher implements Actor<Watcher.Msg> {

    sealed interface Msg {}

    record Watch(ActorRef<?> target) implements Msg, Request<Boolean> {}

    record WatchWith(ActorRef<?> target, String tag) implements Msg, Request<Boolean> {}

    record Unwatch(ActorRef<?> target) implements Msg, Request<Boolean> {}

    record SpawnChild(String name, Counter.Hooks hooks) implements Msg,
            Request<ActorRef<Counter.Msg>> {}

    record StopChild(ActorRef<?> child) implements Msg, Request<Boolean> {}

    record Tagged(String tag) implements Msg {}

    /** What the test observes; shared with the test thread through thread-safe collections. */
    static final class Seen {
        final BlockingQueue<Terminated> terminated = new LinkedBlockingQueue<>();
        final BlockingQueue<String> tags = new LinkedBlockingQueue<>();
        final List<String> log;

        Seen(List<String> log) {
            this.log = log;
        }

        Seen() {
            this(new CopyOnWriteArrayList<>());
        }

        Terminated nextTerminated() throws InterruptedException {
            Terminated t = terminated.poll(30, TimeUnit.SECONDS);
            if (t == null) {
                throw new AssertionError("no Terminated within 30 s");
            }
            return t;
        }
    }

    private final Seen seen;
    private final String name;
    private ActorContext<Msg> context;

    Watcher(Seen seen, String name) {
        this.seen = seen;
        this.name = name;
    }

    @Override
    public void preStart(ActorContext<Msg> ctx) {
        this.context = ctx;
    }

    @Override
    public void postStop() {
        seen.log.add("postStop " + name);
    }

    @Override
    public void onTerminated(Terminated terminated, ActorContext<Msg> ctx) {
        seen.terminated.add(terminated);
    }

    boolean on(Watch m) {
        context.watch(m.target());
        return true;
    }

    boolean on(WatchWith m) {
        context.watchWith(m.target(), new Tagged(m.tag()));
        return true;
    }

    boolean on(Unwatch m) {
        context.unwatch(m.target());
        return true;
    }

    ActorRef<Counter.Msg> on(SpawnChild m) {
        return Counter.spawn(context, m.name(), m.hooks());
    }

    boolean on(StopChild m) {
        context.stop(m.child());
        return true;
    }

    void on(Tagged m) {
        seen.tags.add(m.tag());
    }

    static final class WatcherDescriptor implements BehaviorDescriptor<Watcher, Msg> {
        static final WatcherDescriptor INSTANCE = new WatcherDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(Watcher actor, Msg message, ActorContext<Msg> context, Replier replier) {
            switch (message) {
                case Watch m -> replier.reply(actor.on(m));
                case WatchWith m -> replier.reply(actor.on(m));
                case Unwatch m -> replier.reply(actor.on(m));
                case SpawnChild m -> replier.reply(actor.on(m));
                case StopChild m -> replier.reply(actor.on(m));
                case Tagged m -> actor.on(m);
            }
        }
    }

    static ActorRef<Msg> spawn(Spawner spawner, String name, Seen seen) {
        return spawner.spawn(name, () -> new Watcher(seen, name), WatcherDescriptor.INSTANCE);
    }
}
