package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;

/**
 * The actor of the spawn benchmarks: reports that it has started, or stops at once and reports
 * that it has stopped.
 */
@ActorBehavior
public final class Child implements Actor<Child.Msg> {

    /** The child's protocol: it is never sent anything. */
    public sealed interface Msg {
        /** Unused. */
        record Poke() implements Msg {}
    }

    private final Done done;
    private final boolean stopAtOnce;

    /**
     * Creates a child.
     *
     * @param done counted down once started, or once stopped if {@code stopAtOnce}
     * @param stopAtOnce whether to stop as soon as it has started
     */
    public Child(Done done, boolean stopAtOnce) {
        this.done = done;
        this.stopAtOnce = stopAtOnce;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        if (stopAtOnce) {
            context.stop();
        } else {
            done.countDown();
        }
    }

    @Override
    public void postStop() {
        if (stopAtOnce) {
            done.countDown();
        }
    }

    void on(Msg.Poke m) {}
}
