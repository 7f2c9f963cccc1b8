package dev.rt.pool.crunch;

import dev.rt.ActorContext;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;

/** The descriptor of the generated shape: package-private, as a generated one is. */
final class CruncherDescriptor implements BehaviorDescriptor<Cruncher, Cruncher.Msg> {

    static final CruncherDescriptor INSTANCE = new CruncherDescriptor();

    private CruncherDescriptor() {}

    @Override
    public Class<Cruncher.Msg> protocol() {
        return Cruncher.Msg.class;
    }

    @Override
    public void dispatch(Cruncher actor, Cruncher.Msg message, ActorContext<Cruncher.Msg> context,
            Replier replier) {
        switch (message) {
            case Cruncher.Add m -> actor.count += m.n();
            case Cruncher.Count m -> replier.reply(actor.count);
            case Cruncher.Crash m -> throw new IllegalStateException(m.why());
        }
    }
}
