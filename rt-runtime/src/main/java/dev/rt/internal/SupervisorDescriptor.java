package dev.rt.internal;

import dev.rt.ActorContext;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.SupervisorProtocol;

/** The descriptor of {@link SupervisorActor}, written as the processor would write it. */
final class SupervisorDescriptor
        implements BehaviorDescriptor<SupervisorActor, SupervisorProtocol> {

    static final SupervisorDescriptor INSTANCE = new SupervisorDescriptor();

    private SupervisorDescriptor() {}

    @Override
    public Class<SupervisorProtocol> protocol() {
        return SupervisorProtocol.class;
    }

    @Override
    public void dispatch(SupervisorActor actor, SupervisorProtocol message,
            ActorContext<SupervisorProtocol> context, Replier replier) {
        switch (message) {
            case SupervisorMessages.StartChild m -> replier.replyLater(actor.startChild(m.spec()));
            case SupervisorMessages.StartChildWith m ->
                    replier.replyLater(actor.startChildWith(m.argument()));
            case SupervisorMessages.TerminateChild m ->
                    replier.replyLater(actor.terminateChild(m.id()));
            case SupervisorMessages.RestartChild m -> replier.replyLater(actor.restartChild(m.id()));
            case SupervisorMessages.DeleteChild m -> replier.replyLater(actor.deleteChild(m.id()));
            case SupervisorMessages.WhichChildren m -> replier.replyLater(actor.whichChildren());
            case SupervisorMessages.CountChildren m -> replier.replyLater(actor.countChildren());
            case SupervisorMessages.ChildSpecOf m -> replier.replyLater(actor.childSpec(m.id()));
            default -> throw new IllegalArgumentException(
                    "not a supervisor request: " + message.getClass().getName());
        }
    }
}
