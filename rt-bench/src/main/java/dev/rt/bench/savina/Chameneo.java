package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Chameneos: one chameneo, which meets others at the mall and changes colour. */
@ActorBehavior
public final class Chameneo implements Actor<Chameneo.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The mall pairs it with another chameneo.
         *
         * @param color the other's colour
         * @param sender the other
         */
        record Meet(Savina.Color color, ChameneoHandle sender) implements Msg {}

        /**
         * The other chameneo's answer.
         *
         * @param color the new colour
         * @param sender the other
         */
        record Change(Savina.Color color, ChameneoHandle sender) implements Msg {}

        /**
         * The mall is closing.
         *
         * @param sender the mall
         */
        record Exit(ChamMallHandle sender) implements Msg {}
    }

    private final ChamMallHandle mall;
    private final Done done;
    private Savina.Color color;
    private int meetings;
    private ActorContext<Msg> context;
    private ChameneoHandle self;

    /**
     * Creates a chameneo.
     *
     * @param mall the mall
     * @param color its first colour
     * @param done counted down when it stops
     */
    public Chameneo(ChamMallHandle mall, Savina.Color color, Done done) {
        this.mall = mall;
        this.color = color;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        this.self = ChameneoHandle.of(context.self());
        mall.meet(color, self);
    }

    void on(Msg.Meet m) {
        color = color.complement(m.color());
        meetings++;
        m.sender().change(color, self);
        mall.meet(color, self);
    }

    void on(Msg.Change m) {
        color = m.color();
        meetings++;
        mall.meet(color, self);
    }

    void on(Msg.Exit m) {
        color = Savina.Color.FADED;
        m.sender().meetingCount(meetings, self);
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
