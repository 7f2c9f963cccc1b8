package dev.rt.jcstress;

import dev.rt.Actor;
import java.util.function.Function;

/**
 * The behavior under test: it records every message in its {@link Fates} and answers a query
 * with whatever {@link #replies} gives (a value, or a {@code CompletionStage} to reply later).
 */
public final class Recorder implements Actor<Msg> {

    private final Fates fates;
    private final Function<Msg.Query, Object> replies;

    Recorder(Fates fates, Function<Msg.Query, Object> replies) {
        this.fates = fates;
        this.replies = replies;
    }

    void on(Msg.Work m) {
        fates.handled(m.id());
    }

    Object on(Msg.Query m) {
        fates.handled(m.id());
        return replies.apply(m);
    }
}
