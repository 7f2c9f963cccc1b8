package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: the source, which sends the values 0 to 999 round and round. */
@ActorBehavior
public final class Source implements Actor<Source.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Sends the next value, and asks the producer for another boot. */
        record Boot() implements Msg {}

        /** The simulations are over. */
        record Exit() implements Msg {}
    }

    private static final int MAX_VALUE = 1000;

    private final ProducerHandle producer;
    private final ActorRef<Stage> next;
    private final Done done;
    private int current;
    private SourceHandle self;

    /**
     * Creates the source.
     *
     * @param producer boots it
     * @param next the branches
     * @param done counted down when it stops
     */
    public Source(ProducerHandle producer, ActorRef<Stage> next, Done done) {
        this.producer = producer;
        this.next = next;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = SourceHandle.of(context.self());
    }

    void on(Msg.Boot m) {
        next.tell(new Stage.Value(current));
        current = (current + 1) % MAX_VALUE;
        producer.next(self);
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        next.tell(new Stage.Exit());
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
