package dev.rt.bench.vt;

import dev.rt.bench.Done;
import dev.rt.bench.savina.Savina;

/**
 * Twin of {@link dev.rt.bench.savina.Chameneo}: Savina Chameneos, one chameneo, which meets
 * others at the mall and changes colour.
 */
public final class VtChameneo extends VtActor<VtChameneo.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The mall pairs it with another chameneo.
         *
         * @param color the other's colour
         * @param sender the other
         */
        record Meet(Savina.Color color, VtChameneo sender) implements Msg {}

        /**
         * The other chameneo's answer.
         *
         * @param color the new colour
         * @param sender the other
         */
        record Change(Savina.Color color, VtChameneo sender) implements Msg {}

        /**
         * The mall is closing.
         *
         * @param sender the mall
         */
        record Exit(VtChamMall sender) implements Msg {}
    }

    private final VtChamMall mall;
    private final Done done;
    private Savina.Color color;
    private int meetings;

    /**
     * Creates a chameneo.
     *
     * @param mall the mall
     * @param color its first colour
     * @param done counted down when it stops
     */
    public VtChameneo(VtChamMall mall, Savina.Color color, Done done) {
        this.mall = mall;
        this.color = color;
        this.done = done;
    }

    @Override
    protected void preStart() {
        mall.tell(new VtChamMall.Msg.Meet(color, this));
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Meet(var otherColor, var sender) -> {
                color = color.complement(otherColor);
                meetings++;
                sender.tell(new Msg.Change(color, this));
                mall.tell(new VtChamMall.Msg.Meet(color, this));
            }
            case Msg.Change(var newColor, var sender) -> {
                color = newColor;
                meetings++;
                mall.tell(new VtChamMall.Msg.Meet(color, this));
            }
            case Msg.Exit(var sender) -> {
                color = Savina.Color.FADED;
                sender.tell(new VtChamMall.Msg.MeetingCount(meetings, this));
                stop();
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
