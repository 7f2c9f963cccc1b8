package dev.rt.bench.savina.prodcons;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Producer-Consumer: a consumer, which works on an item, then tells the manager so. */
@ActorBehavior
public final class Consumer implements Actor<Consumer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * An item to consume.
         *
         * @param data the item
         */
        record DataItem(double data) implements Msg {}

        /** Stops. */
        record Exit() implements Msg {}
    }

    private final ManagerHandle manager;
    private final int cost;
    private final Done done;
    private ConsumerHandle self;
    private double item;

    /**
     * Creates a consumer.
     *
     * @param manager told each time it is free again
     * @param cost the work per item
     * @param done counted down when it stops
     */
    public Consumer(ManagerHandle manager, int cost, Done done) {
        this.manager = manager;
        this.cost = cost;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = ConsumerHandle.of(context.self());
    }

    void on(Msg.DataItem m) {
        item = ProdConsWork.process(item + m.data(), cost);
        manager.consumerAvailable(self);
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
