package dev.rt.jcstress;

import dev.rt.ActorContext;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.concurrent.CompletionStage;

/** The descriptor RT's processor would generate for {@link Recorder}, written by hand. */
final class RecorderDescriptor implements BehaviorDescriptor<Recorder, Msg> {

    static final RecorderDescriptor INSTANCE = new RecorderDescriptor();

    private RecorderDescriptor() {}

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
