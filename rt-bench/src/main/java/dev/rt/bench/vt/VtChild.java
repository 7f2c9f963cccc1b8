package dev.rt.bench.vt;

import dev.rt.bench.Done;

/**
 * Twin of {@link dev.rt.bench.Child}, the actor of the spawn benchmarks: reports that its thread
 * has begun running its body, or stops at once and reports that its body has ended (the last
 * thing its thread does).
 */
public final class VtChild extends VtActor<VtChild.Msg> {

    /** The child's protocol: it is never sent anything. */
    public sealed interface Msg {
        /** Unused. */
        record Poke() implements Msg {
            public static final Poke INSTANCE = new Poke();
        }
    }

    private final Done done;
    private final boolean stopAtOnce;

    /**
     * Creates a child.
     *
     * @param done counted down once started, or once stopped if {@code stopAtOnce}
     * @param stopAtOnce whether to stop as soon as it has started
     */
    public VtChild(Done done, boolean stopAtOnce) {
        this.done = done;
        this.stopAtOnce = stopAtOnce;
    }

    @Override
    protected void preStart() {
        if (stopAtOnce) {
            stop();
        } else {
            done.countDown();
        }
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Poke() -> { }
        }
    }

    @Override
    protected void postStop() {
        if (stopAtOnce) {
            done.countDown();
        }
    }
}
