package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.Request;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.Map;

/**
 * What runs in the cell of a child that a {@link BehaviorTestKit}'s behavior spawns, instead of
 * the child's own behavior: it records into the child's inbox. The actor's thread.
 *
 * @param <N> the child's protocol
 */
final class ChildRecorder<N> implements Actor<N> {
    /** The inboxes of the behavior's children, by the child's reference. */
    private final Map<ActorRef<?>, TestInbox<?>> inboxes;
    private TestInbox<N> inbox;

    ChildRecorder(Map<ActorRef<?>, TestInbox<?>> inboxes) {
        this.inboxes = inboxes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void preStart(ActorContext<N> context) {
        inbox = (TestInbox<N>) inboxes.get(context.self());
    }

    @Override
    public void postStop() {
        inbox.markStopped();
    }

    /**
     * The recorder's descriptor, of the child's protocol; requests wait for the test.
     *
     * @param <N> the child's protocol
     */
    static final class Descriptor<N> implements BehaviorDescriptor<ChildRecorder<N>, N> {
        private final BehaviorDescriptor<?, N> own;

        Descriptor(BehaviorDescriptor<?, N> own) {
            this.own = own;
        }

        @Override
        public Class<N> protocol() {
            return own.protocol();
        }

        @Override
        public boolean hasUrgentMessages() {
            return own.hasUrgentMessages();
        }

        @Override
        public boolean isUrgent(N message) {
            return own.isUrgent(message);
        }

        @Override
        public void dispatch(ChildRecorder<N> recorder, N message, ActorContext<N> context,
                Replier replier) {
            if (message instanceof Request<?>) {
                replier.replyLater(recorder.inbox.recordAsk(message));
            } else {
                recorder.inbox.record(message);
            }
        }
    }
}
