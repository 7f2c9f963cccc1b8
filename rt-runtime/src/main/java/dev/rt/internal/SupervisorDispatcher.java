package dev.rt.internal;

import dev.rt.ActorContext;
import dev.rt.spi.Dispatcher;
import dev.rt.spi.Replier;
import dev.rt.supervision.SupervisorProtocol;

/** The dispatcher of {@link SupervisorActor}, written as the processor would write it. */
final class SupervisorDispatcher implements Dispatcher<SupervisorActor, SupervisorProtocol> {

    static final SupervisorDispatcher INSTANCE = new SupervisorDispatcher();

    private SupervisorDispatcher() {}

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
