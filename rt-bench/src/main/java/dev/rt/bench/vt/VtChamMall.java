package dev.rt.bench.vt;

import dev.rt.bench.Done;
import dev.rt.bench.savina.Savina;

/**
 * Twin of {@link dev.rt.bench.savina.ChamMall}: Savina Chameneos, the mall, where chameneos meet
 * in pairs.
 */
public final class VtChamMall extends VtActor<VtChamMall.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A chameneo wants to meet another.
         *
         * @param color its colour
         * @param sender the chameneo
         */
        record Meet(Savina.Color color, VtChameneo sender) implements Msg {}

        /**
         * A chameneo has left, after that many meetings.
         *
         * @param count its meetings
         * @param sender the chameneo
         */
        record MeetingCount(int count, VtChameneo sender) implements Msg {}
    }

    private final int numChameneos;
    private final Done done;
    private int meetingsLeft;
    private VtChameneo waiting;
    private int sumMeetings;
    private int numFaded;

    /**
     * Creates the mall.
     *
     * @param meetings meetings to host
     * @param numChameneos chameneos that come
     * @param done counted down when it stops
     */
    public VtChamMall(int meetings, int numChameneos, Done done) {
        this.meetingsLeft = meetings;
        this.numChameneos = numChameneos;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.MeetingCount(int count, var sender) -> {
                numFaded++;
                sumMeetings += count;
                if (numFaded == numChameneos) {
                    stop();
                }
            }
            case Msg.Meet(var color, var sender) -> {
                if (meetingsLeft > 0) {
                    if (waiting == null) {
                        waiting = sender;
                    } else {
                        meetingsLeft--;
                        waiting.tell(new VtChameneo.Msg.Meet(color, sender));
                        waiting = null;
                    }
                } else {
                    sender.tell(new VtChameneo.Msg.Exit(this));
                }
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
