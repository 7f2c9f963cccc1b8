package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Chameneos: the mall, where chameneos meet in pairs. */
@ActorBehavior
public final class ChamMall implements Actor<ChamMall.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A chameneo wants to meet another.
         *
         * @param color its colour
         * @param sender the chameneo
         */
        record Meet(Savina.Color color, ChameneoHandle sender) implements Msg {}

        /**
         * A chameneo has left, after that many meetings.
         *
         * @param count its meetings
         * @param sender the chameneo
         */
        record MeetingCount(int count, ChameneoHandle sender) implements Msg {}
    }

    private final int numChameneos;
    private final Done done;
    private int meetingsLeft;
    private ChameneoHandle waiting;
    private int sumMeetings;
    private int numFaded;
    private ActorContext<Msg> context;
    private ChamMallHandle self;

    /**
     * Creates the mall.
     *
     * @param meetings meetings to host
     * @param numChameneos chameneos that come
     * @param done counted down when it stops
     */
    public ChamMall(int meetings, int numChameneos, Done done) {
        this.meetingsLeft = meetings;
        this.numChameneos = numChameneos;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        this.self = ChamMallHandle.of(context.self());
    }

    void on(Msg.MeetingCount m) {
        numFaded++;
        sumMeetings += m.count();
        if (numFaded == numChameneos) {
            context.stop();
        }
    }

    void on(Msg.Meet m) {
        if (meetingsLeft > 0) {
            if (waiting == null) {
                waiting = m.sender();
            } else {
                meetingsLeft--;
                waiting.meet(m.color(), m.sender());
                waiting = null;
            }
        } else {
            m.sender().exit(self);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
