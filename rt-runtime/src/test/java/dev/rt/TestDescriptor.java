package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.Objects;

/**
 * A hand-written {@link BehaviorDescriptor} for the tests of RT itself, which do not run the
 * processor: a protocol and a dispatch function; every other property keeps the interface's
 * default (the system's default mailbox, not blocking, no urgent messages). A test whose behavior
 * needs more implements {@link BehaviorDescriptor} itself.
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
public final class TestDescriptor<A extends Actor<M>, M> implements BehaviorDescriptor<A, M> {

    /**
     * A behavior's handlers, as one function: what {@link BehaviorDescriptor#dispatch} does.
     *
     * @param <A> the behavior
     * @param <M> the protocol
     */
    @FunctionalInterface
    public interface Dispatch<A, M> {
        /**
         * Calls the handler of {@code message}.
         *
         * @param actor the behavior instance
         * @param message the message
         * @param context the actor's context
         * @param replier where a request's handler replies
         * @throws Exception whatever the handler throws; it fails the actor
         */
        void dispatch(A actor, M message, ActorContext<M> context, Replier replier)
                throws Exception;
    }

    private final Class<M> protocol;
    private final Dispatch<A, M> dispatch;

    private TestDescriptor(Class<M> protocol, Dispatch<A, M> dispatch) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
    }

    /**
     * {@return a descriptor of {@code protocol} whose dispatch is {@code dispatch}}
     *
     * @param protocol the protocol's type
     * @param dispatch the handlers
     * @param <A> the behavior
     * @param <M> the protocol
     */
    public static <A extends Actor<M>, M> BehaviorDescriptor<A, M> of(Class<M> protocol,
            Dispatch<A, M> dispatch) {
        return new TestDescriptor<>(protocol, dispatch);
    }

    @Override
    public Class<M> protocol() {
        return protocol;
    }

    @Override
    public void dispatch(A actor, M message, ActorContext<M> context, Replier replier)
            throws Exception {
        dispatch.dispatch(actor, message, context, replier);
    }
}
