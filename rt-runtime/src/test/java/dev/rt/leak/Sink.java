package dev.rt.leak;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.concurrent.CompletableFuture;

/**
 * The behavior of the leak tests, with a hand-written descriptor of the shape the processor
 * generates: it counts what it handles, never answers {@link Hang}, answers {@link Sync} with
 * its count, and counts {@link Countdown} down by sending itself the next one.
 */
final class Sink implements Actor<Sink.Msg> {

    sealed interface Msg {}

    /** A plain message. */
    record Ping() implements Msg {}

    /** A request whose reply never comes: its ask can only time out. */
    record Hang() implements Msg, Request<String> {}

    /** A request answered at once with the number of messages handled so far. */
    record Sync() implements Msg, Request<Long> {}

    /** Sends itself {@code Countdown(left - 1)} until {@code left} is 0. */
    record Countdown(int left) implements Msg {}

    private long handled;

    void on(Ping m) {
        handled++;
    }

    CompletableFuture<String> on(Hang m) {
        handled++;
        return new CompletableFuture<>(); // never completed
    }

    long on(Sync m) {
        return handled;
    }

    void on(Countdown m, ActorContext<Msg> context) {
        handled++;
        if (m.left() > 0) {
            context.self().tell(new Countdown(m.left() - 1));
        }
    }

    /** The descriptor of {@link Sink}. */
    static final class SinkDescriptor implements BehaviorDescriptor<Sink, Msg> {
        static final SinkDescriptor INSTANCE = new SinkDescriptor();

        @Override
        public Class<Msg> protocol() {
            return Msg.class;
        }

        @Override
        public void dispatch(Sink actor, Msg message, ActorContext<Msg> context, Replier replier) {
            switch (message) {
                case Ping m -> actor.on(m);
                case Hang m -> replier.replyLater(actor.on(m));
                case Sync m -> replier.reply(actor.on(m));
                case Countdown m -> actor.on(m, context);
            }
        }
    }
}
