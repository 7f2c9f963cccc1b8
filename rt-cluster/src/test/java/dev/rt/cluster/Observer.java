package dev.rt.cluster;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.Terminated;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.BlockingQueue;

/** Watches the actors it is told to, and hands each {@link Terminated} to the test. */
@ActorBehavior
public final class Observer implements Actor<Observer.Msg> {

    /** The observer's protocol. */
    public sealed interface Msg {
        /** @param target the actor to watch */
        record Watch(ActorRef<?> target) implements Msg {}

        /** @param target the actor to stop watching */
        record Unwatch(ActorRef<?> target) implements Msg {}
    }

    private final BlockingQueue<Terminated> seen;
    private ActorContext<Msg> context;

    /** @param seen where each termination goes */
    public Observer(BlockingQueue<Terminated> seen) {
        this.seen = seen;
    }

    @Override
    public void preStart(ActorContext<Msg> ctx) {
        this.context = ctx;
    }

    void on(Msg.Watch m) {
        context.watch(m.target());
    }

    void on(Msg.Unwatch m) {
        context.unwatch(m.target());
    }

    @Override
    public void onTerminated(Terminated terminated, ActorContext<Msg> ctx) {
        seen.add(terminated);
    }
}
