package dev.rt.jcstress;

import dev.rt.ActorContext;
import dev.rt.spi.Dispatcher;
import dev.rt.spi.Replier;
import java.util.concurrent.CompletionStage;

/** The dispatcher RT's processor would generate for {@link Recorder}, written by hand. */
final class RecorderDispatcher implements Dispatcher<Recorder, Msg> {

    static final RecorderDispatcher INSTANCE = new RecorderDispatcher();

    private RecorderDispatcher() {}

    @Override
    public Class<Msg> protocol() {
        return Msg.class;
    }

    @Override
    public void dispatch(Recorder actor, Msg message, ActorContext<Msg> context, Replier replier) {
        switch (message) {
            case Msg.Work m -> actor.on(m);
            case Msg.Query m -> {
                Object reply = actor.on(m);
                if (reply instanceof CompletionStage<?> stage) {
                    replier.replyLater(stage);
                } else {
                    replier.reply(reply);
                }
            }
        }
    }
}
