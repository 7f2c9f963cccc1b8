package dev.rt.bench.savina.barber;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PseudoRandom;

/**
 * Savina Sleeping Barber: the customer factory, which makes one customer per haircut, at random
 * intervals, and sends back to the waiting room each one that found it full.
 */
@ActorBehavior
public final class CustomerFactory implements Actor<CustomerFactory.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Makes every customer. */
        record Start() implements Msg {}

        /**
         * A customer found the waiting room full.
         *
         * @param customer the customer
         */
        record Returned(CustomerHandle customer) implements Msg {}

        /** A customer has had its haircut. */
        record Served() implements Msg {}
    }

    private final int haircuts;
    private final int productionRate;
    private final WaitingRoomHandle room;
    private final Done done;
    private final PseudoRandom random = new PseudoRandom(PseudoRandom.DEFAULT_SEED);
    private int served;
    private ActorContext<Msg> context;
    private CustomerFactoryHandle self;

    /**
     * Creates the factory.
     *
     * @param haircuts customers to make, one haircut each
     * @param productionRate the average busy wait between two customers
     * @param room where the customers go
     * @param done counted down when it stops
     */
    public CustomerFactory(int haircuts, int productionRate, WaitingRoomHandle room, Done done) {
        this.haircuts = haircuts;
        this.productionRate = productionRate;
        this.room = room;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        this.self = CustomerFactoryHandle.of(context.self());
    }

    void on(Msg.Start m) {
        for (int i = 0; i < haircuts; i++) {
            CustomerHandle customer = CustomerHandle.spawn(context, "customer" + i,
                    () -> new Customer(self, done));
            room.enter(customer);
            BusyWait.spin(random.nextInt(productionRate) + 10);
        }
    }

    void on(Msg.Returned m) {
        room.enter(m.customer());
    }

    void on(Msg.Served m) {
        if (++served == haircuts) {
            room.exit();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
