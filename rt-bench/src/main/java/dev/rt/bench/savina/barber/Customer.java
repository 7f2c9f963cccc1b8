package dev.rt.bench.savina.barber;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Sleeping Barber: a customer, who comes back when the waiting room is full. */
@ActorBehavior
public final class Customer implements Actor<Customer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** The waiting room is full. */
        record Full() implements Msg {}

        /** It has a seat in the waiting room. */
        record Seated() implements Msg {}

        /** The barber starts its haircut. */
        record Start() implements Msg {}

        /** Its haircut is done. */
        record Finish() implements Msg {}
    }

    private final CustomerFactoryHandle factory;
    private final Done done;
    private CustomerHandle self;

    /**
     * Creates a customer.
     *
     * @param factory sent it, and is told when it is served or turned away
     * @param done counted down when it stops
     */
    public Customer(CustomerFactoryHandle factory, Done done) {
        this.factory = factory;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = CustomerHandle.of(context.self());
    }

    void on(Msg.Full m) {
        factory.returned(self);
    }

    void on(Msg.Seated m) {
        // it waits for its turn
    }

    void on(Msg.Start m) {
        // it is being served
    }

    void on(Msg.Finish m, ActorContext<Msg> context) {
        factory.served();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
