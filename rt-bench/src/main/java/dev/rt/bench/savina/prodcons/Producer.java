package dev.rt.bench.savina.prodcons;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Producer-Consumer: a producer, which makes one item each time the manager asks. */
@ActorBehavior
public final class Producer implements Actor<Producer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Makes the next item, or, when all are made, says so to the manager and stops. */
        record ProduceData() implements Msg {}
    }

    private final ManagerHandle manager;
    private final int numItems;
    private final int cost;
    private final Done done;
    private ProducerHandle self;
    private double item;
    private int produced;

    /**
     * Creates a producer.
     *
     * @param manager where its items go
     * @param numItems items it makes
     * @param cost the work per item
     * @param done counted down when it stops
     */
    public Producer(ManagerHandle manager, int numItems, int cost, Done done) {
        this.manager = manager;
        this.numItems = numItems;
        this.cost = cost;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = ProducerHandle.of(context.self());
    }

    void on(Msg.ProduceData m, ActorContext<Msg> context) {
        if (produced == numItems) {
            manager.producerExit();
            context.stop();
            return;
        }
        item = ProdConsWork.process(item, cost);
        manager.dataItem(item, self);
        produced++;
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
