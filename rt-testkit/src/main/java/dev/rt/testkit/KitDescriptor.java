package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Mailbox;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link BehaviorTestKit}'s behavior's descriptor as the runtime sees it: the same, but for
 * counting what it handles and for running on the calling thread even if the behavior is
 * declared blocking.
 *
 * @param <A> the behavior
 * @param <M> its protocol
 */
final class KitDescriptor<A extends Actor<M>, M> implements BehaviorDescriptor<A, M> {
    private final BehaviorDescriptor<A, M> descriptor;
    /** Messages handled by the behavior. */
    private final AtomicLong handled;

    KitDescriptor(BehaviorDescriptor<A, M> descriptor, AtomicLong handled) {
        this.descriptor = descriptor;
        this.handled = handled;
    }

    @Override
    public Class<M> protocol() {
        return descriptor.protocol();
    }

    @Override
    public Mailbox mailbox() {
        return descriptor.mailbox();
    }

    @Override
    public boolean hasUrgentMessages() {
        return descriptor.hasUrgentMessages();
    }

    @Override
    public boolean isUrgent(M message) {
        return descriptor.isUrgent(message);
    }

    @Override
    public void dispatch(A actor, M message, ActorContext<M> context, Replier replier)
            throws Exception {
        handled.incrementAndGet();
        descriptor.dispatch(actor, message, context, replier);
    }
}
