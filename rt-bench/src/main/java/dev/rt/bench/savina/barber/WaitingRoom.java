package dev.rt.bench.savina.barber;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.ArrayDeque;

/** Savina Sleeping Barber: the waiting room, which seats customers and wakes the barber. */
@ActorBehavior
public final class WaitingRoom implements Actor<WaitingRoom.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A customer comes in.
         *
         * @param customer the customer
         */
        record Enter(CustomerHandle customer) implements Msg {}

        /** The barber is free for the next customer. */
        record Next() implements Msg {}

        /** The shop closes. */
        record Exit() implements Msg {}
    }

    private final int capacity;
    private final BarberHandle barber;
    private final Done done;
    private final ArrayDeque<CustomerHandle> waiting = new ArrayDeque<>();
    private boolean barberAsleep = true;
    private WaitingRoomHandle self;

    /**
     * Creates the waiting room.
     *
     * @param capacity its seats
     * @param barber the barber
     * @param done counted down when it stops
     */
    public WaitingRoom(int capacity, BarberHandle barber, Done done) {
        this.capacity = capacity;
        this.barber = barber;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = WaitingRoomHandle.of(context.self());
    }

    void on(Msg.Enter m) {
        if (waiting.size() == capacity) {
            m.customer().full();
        } else {
            waiting.addLast(m.customer());
            if (barberAsleep) {
                barberAsleep = false;
                self.next();
            } else {
                m.customer().seated();
            }
        }
    }

    void on(Msg.Next m) {
        CustomerHandle customer = waiting.pollFirst();
        if (customer != null) {
            barber.enter(customer, self);
        } else {
            barber.sleep();
            barberAsleep = true;
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        barber.exit();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
