package dev.rt.bench.savina.barber;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PseudoRandom;
import java.util.function.IntConsumer;

/** Savina Sleeping Barber: the barber, who cuts one customer's hair at a time. */
@ActorBehavior
public final class Barber implements Actor<Barber.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The next customer sits down.
         *
         * @param customer the customer
         * @param room where to ask for the next one
         */
        record Enter(CustomerHandle customer, WaitingRoomHandle room) implements Msg {}

        /** No customer is waiting: it sleeps. */
        record Sleep() implements Msg {}

        /** The shop closes. */
        record Exit() implements Msg {}
    }

    private final int haircutRate;
    private final IntConsumer haircuts;
    private final Done done;
    private final PseudoRandom random = new PseudoRandom(PseudoRandom.DEFAULT_SEED);
    private int haircutsDone;

    /**
     * Creates the barber.
     *
     * @param haircutRate the average busy wait of one haircut
     * @param haircuts told how many haircuts it gave, when the shop closes
     * @param done counted down when it stops
     */
    public Barber(int haircutRate, IntConsumer haircuts, Done done) {
        this.haircutRate = haircutRate;
        this.haircuts = haircuts;
        this.done = done;
    }

    void on(Msg.Enter m) {
        m.customer().start();
        BusyWait.spin(random.nextInt(haircutRate) + 10);
        haircutsDone++;
        m.customer().finish();
        m.room().next();
    }

    void on(Msg.Sleep m) {
        // it sleeps until the room sends the next customer
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        haircuts.accept(haircutsDone);
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
