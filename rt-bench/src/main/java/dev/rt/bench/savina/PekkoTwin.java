package dev.rt.bench.savina;

import dev.rt.bench.Done;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.ReceiveBuilder;

/**
 * The base of every Pekko twin of a Savina actor: it counts {@link Done} down when it stops
 * ({@link PostStop}), as the RT actor does in {@code postStop}, so that a run ends the same way
 * in both runtimes. A twin whose {@link Done} is null counts nothing down: the inner nodes of a
 * tree, say, where only the root counts.
 *
 * @param <M> the twin's protocol
 */
public abstract class PekkoTwin<M> extends AbstractBehavior<M> {

    /** Counted down when this actor stops; null if it counts nothing down. */
    protected final Done done;

    /**
     * Creates the twin.
     *
     * @param context its context
     * @param done counted down when it stops, or null to count nothing down
     */
    protected PekkoTwin(ActorContext<M> context, Done done) {
        super(context);
        this.done = done;
    }

    /**
     * {@return a receive builder with the stop signal already handled}: it counts {@link #done}
     * down, unless that is null.
     */
    protected ReceiveBuilder<M> receive() {
        return newReceiveBuilder().onSignal(PostStop.class, s -> {
            if (done != null) {
                done.countDown();
            }
            return this;
        });
    }
}
