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
        if (message instanceof SupervisorRequest request) {
            replier.replyLater(request.call().apply(actor));
        } else {
            throw new IllegalArgumentException("not a supervisor request: "
                    + message.getClass().getName() + "; administer a supervisor through"
                    + " dev.rt.supervision.Supervisor");
        }
    }
}
