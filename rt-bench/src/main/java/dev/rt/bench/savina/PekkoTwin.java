package dev.rt.bench.savina;

import dev.rt.bench.Done;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.ReceiveBuilder;

/**
 * The base of every Pekko twin of a Savina actor: it counts {@link Done} down when it stops
 * ({@link PostStop}), as the RT actor does in {@code postStop}, so that a run ends the same way
 * in both runtimes.
 *
 * @param <M> the twin's protocol
 */
public abstract class PekkoTwin<M> extends AbstractBehavior<M> {

    /** Counted down when this actor stops. */
    protected final Done done;

    /**
     * Creates the twin.
     *
     * @param context its context
     * @param done counted down when it stops
     */
    protected PekkoTwin(ActorContext<M> context, Done done) {
        super(context);
        this.done = done;
    }

    /** {@return a receive builder with the stop signal already handled} */
    protected ReceiveBuilder<M> receive() {
        return newReceiveBuilder().onSignal(PostStop.class, s -> {
            done.countDown();
            return this;
        });
    }
}
